package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IrcSettingsTest {

  private static IrcSettings of(String server, String tls, String nick, String channel) {
    return IrcSettings.of(
        server,
        Optional.ofNullable(tls),
        Optional.ofNullable(nick),
        Optional.of("oauth:abc123"),
        Optional.ofNullable(channel),
        20,
        30);
  }

  @Test
  void twitchsSettings() {
    IrcSettings twitch = of("irc.chat.twitch.tv:6697", null, "picker_bot", "#streamer");

    assertThat(twitch.host()).isEqualTo("irc.chat.twitch.tv");
    assertThat(twitch.port()).isEqualTo(6697);
    assertThat(twitch.tls()).as("TLS by default").isTrue();
    assertThat(twitch.password()).contains("oauth:abc123");
    assertThat(twitch.floodMessages()).isEqualTo(20);
    assertThat(twitch.floodPeriod()).isEqualTo(Duration.ofSeconds(30));
    assertThat(twitch.describe())
        .isEqualTo("irc.chat.twitch.tv:6697 (TLS) as picker_bot in #streamer")
        .doesNotContain("oauth");
  }

  @Test
  void withoutPortTheUsualOneOfTlsOrPlain() {
    assertThat(of("irc.libera.chat", "true", "picker", "#n").port()).isEqualTo(6697);
    assertThat(of("irc.libera.chat", "false", "picker", "#n").port()).isEqualTo(6667);
    assertThat(of("[::1]:6668", "false", "picker", "#n"))
        .satisfies(
            local -> {
              assertThat(local.host()).isEqualTo("::1");
              assertThat(local.port()).isEqualTo(6668);
              assertThat(local.tls()).isFalse();
            });
  }

  @Test
  void badValuesSayWhatToSet() {
    assertThatThrownBy(() -> of("irc.example:99999", null, "picker", "#n"))
        .hasMessageContaining("IRC_SERVER");
    assertThatThrownBy(() -> of("irc.example:6697", "maybe", "picker", "#n"))
        .hasMessageContaining("IRC_TLS");
    assertThatThrownBy(() -> of("irc.example:6697", null, null, "#n"))
        .hasMessageContaining("IRC_NICK must be set");
    assertThatThrownBy(() -> of("irc.example:6697", null, "9lives", "#n"))
        .hasMessageContaining("IRC_NICK");
    assertThatThrownBy(() -> of("irc.example:6697", null, "picker", "night"))
        .hasMessageContaining("IRC_CHANNEL");
    assertThatThrownBy(() -> of("irc.example:6697", null, "picker", null))
        .hasMessageContaining("IRC_CHANNEL must be set");
    assertThatThrownBy(
            () ->
                IrcSettings.of(
                    "irc.example",
                    Optional.empty(),
                    Optional.of("picker"),
                    Optional.empty(),
                    Optional.of("#n"),
                    0,
                    30))
        .hasMessageContaining("IRC_FLOOD_MESSAGES");
  }
}
