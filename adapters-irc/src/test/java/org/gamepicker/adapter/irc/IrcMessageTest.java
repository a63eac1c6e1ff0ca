package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IrcMessageTest {

  @Test
  void readsTwitchsTaggedPrivmsg() {
    IrcMessage message =
        IrcMessage.parse(
            "@badge-info=;badges=broadcaster/1;color=#0000FF;display-name=Alice\\sB;emotes=;"
                + "id=b34ccfc7-4977-403a-8a94-33c6bac34fb8;mod=0;room-id=1337;subscriber=0;"
                + "tmi-sent-ts=1507246572675;turbo=1;user-id=1337;user-type= "
                + ":alice!alice@alice.tmi.twitch.tv PRIVMSG #night :thisgame++ what a game");

    assertThat(message.command()).isEqualTo("PRIVMSG");
    assertThat(message.params()).containsExactly("#night", "thisgame++ what a game");
    assertThat(message.trailing()).isEqualTo("thisgame++ what a game");
    assertThat(message.nick()).contains("alice");
    assertThat(message.tag("display-name")).contains("Alice B");
    assertThat(message.tags()).containsEntry("user-type", "").containsEntry("badge-info", "");
    assertThat(message.tag("user-type")).isEmpty();
  }

  @Test
  void unescapesTagValuesAsIrcV3Says() {
    IrcMessage message =
        IrcMessage.parse("@a=one\\:two;b=back\\\\slash;c=x\\ny\\r;d=\\q;e=end\\ CMD");

    assertThat(message.tags())
        .containsEntry("a", "one;two")
        .containsEntry("b", "back\\slash")
        .containsEntry("c", "x\ny\r")
        .containsEntry("d", "q")
        .containsEntry("e", "end");
  }

  @Test
  void aTagWithoutValueIsEmptyAndTheLastOfTwoWins() {
    IrcMessage message = IrcMessage.parse("@flag;k=1;k=2 :server NOTICE * :hi");

    assertThat(message.tags()).containsEntry("flag", "").containsEntry("k", "2");
  }

  @Test
  void readsAPingWithAndWithoutSource() {
    assertThat(IrcMessage.parse("PING :tmi.twitch.tv"))
        .satisfies(
            ping -> {
              assertThat(ping.command()).isEqualTo("PING");
              assertThat(ping.trailing()).isEqualTo("tmi.twitch.tv");
              assertThat(ping.source()).isNull();
              assertThat(ping.nick()).isEmpty();
            });
    assertThat(IrcMessage.parse(":irc.test.local PING irc.test.local").trailing())
        .isEqualTo("irc.test.local");
  }

  @Test
  void readsNumericsWithMiddleParametersAndExtraSpaces() {
    IrcMessage welcome = IrcMessage.parse(":irc.test.local  001   picker  :Welcome to IRC");

    assertThat(welcome.command()).isEqualTo("001");
    assertThat(welcome.params()).containsExactly("picker", "Welcome to IRC");
    assertThat(welcome.nick()).contains("irc.test.local");
    assertThat(welcome.param(5)).isEmpty();
  }

  @Test
  void aTrailingParameterKeepsItsColonsAndSpaces() {
    IrcMessage message = IrcMessage.parse(":bob!b@h privmsg #night :: thisgame-- : ok ");

    assertThat(message.command()).isEqualTo("PRIVMSG");
    assertThat(message.params()).isEqualTo(List.of("#night", ": thisgame-- : ok "));
    assertThat(message.nick()).contains("bob");
  }

  @Test
  void aLineWithoutCommandIsRefused() {
    assertThatThrownBy(() -> IrcMessage.parse("@a=b "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IrcMessage.parse("")).isInstanceOf(IllegalArgumentException.class);
  }
}
