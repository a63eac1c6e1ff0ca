package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IrcClientTest {

  private final BlockingQueue<IrcMessage> channelMessages = new LinkedBlockingQueue<>();
  private FakeIrcServer server;
  private IrcClient client;

  @AfterEach
  void stop() throws Exception {
    if (client != null) {
      client.stop();
    }
    if (server != null) {
      server.close();
    }
  }

  private IrcClient start(int floodMessages, int floodSeconds, Duration readTimeout)
      throws Exception {
    server = new FakeIrcServer();
    IrcSettings settings =
        new IrcSettings(
            "127.0.0.1",
            server.port(),
            false,
            "picker",
            Optional.of("oauth:secret"),
            "#night",
            floodMessages,
            Duration.ofSeconds(floodSeconds));
    client = new IrcClient(settings, Thread::new, channelMessages::add, readTimeout);
    client.start();
    return client;
  }

  @Test
  void registersAsksForTwitchTagsJoinsAndHandsOverTheChannelsMessages() throws Exception {
    start(20, 30, Duration.ofSeconds(30));
    try (FakeIrcServer.Client irc = server.accept()) {
      assertThat(List.of(irc.next(), irc.next(), irc.next(), irc.next(), irc.next()))
          .containsExactly(
              "CAP REQ :twitch.tv/tags",
              "PASS oauth:secret",
              "NICK picker",
              "USER picker 0 * :Game Picker",
              "CAP END");
      assertThat(client.say(List.of("too early"))).as("not in the channel yet").isFalse();
      irc.send(":fake.irc 001 picker :Welcome");
      assertThat(irc.next()).isEqualTo("JOIN #night");
      irc.send(":picker!bot@host JOIN #night");

      irc.send("PING :tmi.twitch.tv");
      assertThat(irc.next()).isEqualTo("PONG :tmi.twitch.tv");

      irc.send("@display-name=Alice :alice!a@h PRIVMSG #night :thisgame++");
      irc.send(":bob!b@h PRIVMSG picker :a private word");
      irc.send(":carol!c@h PRIVMSG #NIGHT :hello");
      assertThat(channelMessages.poll(5, TimeUnit.SECONDS).tag("display-name")).contains("Alice");
      assertThat(channelMessages.poll(5, TimeUnit.SECONDS).nick()).contains("carol");
      assertThat(channelMessages).as("a private message is not the channel's").isEmpty();

      assertThat(client.say(List.of("line one", "line\r\ntwo"))).isTrue();
      assertThat(irc.next()).isEqualTo("PRIVMSG #night :line one");
      assertThat(irc.next())
          .as("no text can start a second command")
          .isEqualTo("PRIVMSG #night :line  two");
    }
  }

  @Test
  void connectsAgainAfterTheServerHangsUpJoinsAgainAndSaysWhatWaited() throws Exception {
    start(20, 30, Duration.ofSeconds(30));
    try (FakeIrcServer.Client first = server.accept()) {
      first.welcomeAndJoin("picker", "#night");
      assertThat(awaitInChannel()).isTrue();
    }
    long hungUp = System.nanoTime();
    try (FakeIrcServer.Client second = server.accept()) {
      assertThat(Duration.ofNanos(System.nanoTime() - hungUp))
          .as("the first retry comes after about a second")
          .isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
      assertThat(client.inChannel()).isFalse();
      second.welcomeAndJoin("picker", "#night");
      assertThat(awaitInChannel()).isTrue();
      assertThat(client.say(List.of("back again"))).isTrue();
      assertThat(second.awaitLine("PRIVMSG")).isEqualTo("PRIVMSG #night :back again");

      second.send(":mod!m@h KICK #night picker :out");
    }
    try (FakeIrcServer.Client third = server.accept()) {
      third.welcomeAndJoin("picker", "#night");
      assertThat(awaitInChannel()).as("kicked, it comes back").isTrue();
    }
  }

  @Test
  void takesAnotherNickWhenItsOwnIsInUse() throws Exception {
    start(20, 30, Duration.ofSeconds(30));
    try (FakeIrcServer.Client irc = server.accept()) {
      irc.awaitLine("USER ");
      irc.send(":fake.irc 433 * picker :Nickname is already in use");
      assertThat(irc.awaitLine("NICK")).isEqualTo("NICK picker_");
      irc.send(":fake.irc 001 picker_ :Welcome");
      assertThat(irc.next()).isEqualTo("JOIN #night");
      irc.send(":picker_!bot@host JOIN #night");
      assertThat(awaitInChannel()).isTrue();
    }
  }

  @Test
  void pingsAQuietServerAndLeavesOneThatStaysSilent() throws Exception {
    start(20, 30, Duration.ofMillis(300));
    try (FakeIrcServer.Client irc = server.accept()) {
      irc.welcomeAndJoin("picker", "#night");
      assertThat(irc.next()).isEqualTo("PING :gamepicker");
      try (FakeIrcServer.Client next = server.accept()) {
        assertThat(next.next()).as("a new connection after the silence").startsWith("CAP REQ");
      }
    }
  }

  @Test
  void keepsToTheFloodLimit() throws Exception {
    start(3, 1, Duration.ofSeconds(30));
    try (FakeIrcServer.Client irc = server.accept()) {
      irc.welcomeAndJoin("picker", "#night");
      awaitInChannel();
      assertThat(client.say(List.of("1", "2", "3", "4", "5", "6", "7"))).isTrue();
      List<Long> arrivals = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        arrivals.add(irc.nextArrival());
      }
      for (int i = 3; i < arrivals.size(); i++) {
        assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 3)))
            .as("message %d against the one 3 before it", i + 1)
            .isGreaterThanOrEqualTo(Duration.ofMillis(950));
      }
      assertThat(Duration.ofNanos(arrivals.get(2) - arrivals.get(0)))
          .as("the first three at once")
          .isLessThan(Duration.ofMillis(500));
    }
  }

  @Test
  void refusesMoreThanItsQueueHolds() throws Exception {
    start(1, 60, Duration.ofSeconds(30));
    try (FakeIrcServer.Client irc = server.accept()) {
      irc.welcomeAndJoin("picker", "#night");
      awaitInChannel();
      List<String> many = new ArrayList<>();
      for (int i = 0; i < IrcClient.QUEUE_CAPACITY; i++) {
        many.add("line " + i);
      }
      assertThat(client.say(many)).isTrue();
      assertThat(irc.awaitLine("PRIVMSG")).isEqualTo("PRIVMSG #night :line 0");
      Thread.sleep(200); // the sender holds line 1 until the flood limit lets it go
      assertThat(client.say(List.of("a", "b", "c")))
          .as("two free places are not enough for three")
          .isFalse();
      assertThat(client.say(List.of("a", "b"))).isTrue();
    }
  }

  private boolean awaitInChannel() throws InterruptedException {
    for (int i = 0; i < 100 && !client.inChannel(); i++) {
      Thread.sleep(50);
    }
    return client.inChannel();
  }
}
