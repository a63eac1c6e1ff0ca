package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.application.port.in.vote.CastVoteResult;
import org.gamepicker.application.port.in.vote.CastVoteUseCase;
import org.gamepicker.domain.common.ConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatVoteCounterTest {

  private final List<String> counted = new CopyOnWriteArrayList<>();

  private final CastVoteUseCase useCase =
      new CastVoteUseCase() {
        @Override
        public CastVoteResult cast(CastVoteCommand command) {
          switch (command.username()) {
            case "twice" -> throw new ConflictException("twice already voted up");
            case "broken" -> throw new IllegalStateException("database down");
            default -> counted.add(command.username() + " " + command.vote().wireName());
          }
          return null;
        }
      };

  private final ChatVoteCounter counter = new ChatVoteCounter(useCase, Thread::new);

  @AfterEach
  void stop() {
    counter.stop();
  }

  @Test
  void countsEachVoteOfTheChannelAndGoesOnAfterRefusalsAndFailures() throws Exception {
    counter.start();
    for (String line :
        List.of(
            ":twice!t@h PRIVMSG #n :thisgame++",
            ":broken!b@h PRIVMSG #n :thisgame++",
            ":chatter!c@h PRIVMSG #n :hello all",
            "@display-name=Alice :alice!a@h PRIVMSG #n :thisgame++",
            ":bob!b@h PRIVMSG #n :thisgame--")) {
      counter.onChannelMessage(IrcMessage.parse(line));
    }
    for (int i = 0; i < 100 && counted.size() < 2; i++) {
      Thread.sleep(20);
    }
    assertThat(counted).containsExactlyInAnyOrder("Alice up", "bob down");
  }

  @Test
  void aBurstWaitsInTheQueueUpToItsCapacityAndTheRestIsDropped() throws Exception {
    for (int i = 0; i < ChatVoteCounter.CAPACITY + 500; i++) {
      counter.onChannelMessage(IrcMessage.parse(":v" + i + "!v@h PRIVMSG #n :thisgame++"));
    }
    counter.start();
    for (int i = 0; i < 500 && counted.size() < ChatVoteCounter.CAPACITY; i++) {
      Thread.sleep(20);
    }
    Thread.sleep(100);
    assertThat(counted)
        .hasSize(ChatVoteCounter.CAPACITY)
        .contains("v0 up")
        .doesNotContain("v20000 up");
  }
}
