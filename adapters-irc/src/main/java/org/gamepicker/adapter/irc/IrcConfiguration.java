package org.gamepicker.adapter.irc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration: {@code IRC_SERVER} ({@code host:port}; unset: the adapter is off), {@code
 * IRC_TLS} (default true), {@code IRC_NICK}, {@code IRC_PASSWORD} (Twitch: {@code oauth:...}),
 * {@code IRC_CHANNEL}, and the flood limit {@code IRC_FLOOD_MESSAGES} per {@code IRC_FLOOD_SECONDS}
 * (default 20 per 30, Twitch's). An unusable value stops the server at startup with a message that
 * says what is expected.
 */
@ApplicationScoped
public class IrcConfiguration {

  private Optional<IrcSettings> settings;

  protected IrcConfiguration() {}

  @Inject
  public IrcConfiguration(
      @ConfigProperty(name = "IRC_SERVER") Optional<String> server,
      @ConfigProperty(name = "IRC_TLS") Optional<String> tls,
      @ConfigProperty(name = "IRC_NICK") Optional<String> nick,
      @ConfigProperty(name = "IRC_PASSWORD") Optional<String> password,
      @ConfigProperty(name = "IRC_CHANNEL") Optional<String> channel,
      @ConfigProperty(name = "IRC_FLOOD_MESSAGES", defaultValue = "20") int floodMessages,
      @ConfigProperty(name = "IRC_FLOOD_SECONDS", defaultValue = "30") int floodSeconds) {
    this.settings =
        server
            .filter(value -> !value.isBlank())
            .map(
                value ->
                    IrcSettings.of(
                        value,
                        tls.filter(v -> !v.isBlank()),
                        nick.filter(v -> !v.isBlank()),
                        password.filter(v -> !v.isBlank()),
                        channel.filter(v -> !v.isBlank()),
                        floodMessages,
                        floodSeconds));
  }

  /** The settings, or empty when IRC is off. */
  Optional<IrcSettings> settings() {
    return settings;
  }
}
