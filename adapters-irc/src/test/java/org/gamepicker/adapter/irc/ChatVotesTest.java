package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.domain.vote.VoteType;
import org.junit.jupiter.api.Test;

class ChatVotesTest {

  private static final Instant AT = Instant.parse("2025-11-01T20:05:00.123456Z");

  @Test
  void twitchsDisplayNameIsTheVoter() {
    assertThat(
            ChatVotes.in(
                IrcMessage.parse(
                    "@display-name=CoolViewer;user-id=9 :coolviewer!coolviewer@x PRIVMSG #n :thisgame++"),
                AT))
        .contains(
            new CastVoteCommand(
                "CoolViewer", VoteType.UP, Instant.parse("2025-11-01T20:05:00.123Z")));
  }

  @Test
  void withoutDisplayNameTheNickIsTheVoter() {
    assertThat(ChatVotes.in(IrcMessage.parse("@display-name= :bob!b@h PRIVMSG #n :THISGAME--"), AT))
        .map(CastVoteCommand::username)
        .contains("bob");
    assertThat(ChatVotes.in(IrcMessage.parse(":carol!c@h PRIVMSG #n :thisgame--"), AT))
        .map(CastVoteCommand::vote)
        .contains(VoteType.DOWN);
  }

  @Test
  void theLastVoteInAMessageCountsAsInTheChatImport() {
    assertThat(
            ChatVotes.in(
                IrcMessage.parse(":dave!d@h PRIVMSG #n :thisgame++ wait no thisgame--"), AT))
        .map(CastVoteCommand::vote)
        .contains(VoteType.DOWN);
  }

  @Test
  void otherMessagesAreNoVotes() {
    assertThat(ChatVotes.in(IrcMessage.parse(":eve!e@h PRIVMSG #n :this game++"), AT)).isEmpty();
    assertThat(ChatVotes.in(IrcMessage.parse(":eve!e@h PRIVMSG #n :hello"), AT)).isEmpty();
    assertThat(ChatVotes.in(IrcMessage.parse("PRIVMSG #n :thisgame++"), AT))
        .as("no sender, no voter")
        .isEmpty();
    assertThat(
            ChatVotes.in(
                IrcMessage.parse(
                    "@display-name=" + "x".repeat(101) + " :f!f@h PRIVMSG #n :thisgame++"),
                AT))
        .as("a name longer than a username may be")
        .isEmpty();
  }
}
