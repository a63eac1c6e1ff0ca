package org.gamepicker.adapter.discord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration: {@code DISCORD_WEBHOOK_URL}, a Discord incoming-webhook URL (Server Settings →
 * Integrations → Webhooks → Copy Webhook URL). The adapter is off when it is unset; an unusable
 * value stops the server at startup with a message that says what is expected.
 */
@ApplicationScoped
public class DiscordWebhookUrl {

  private static final Logger LOG = Logger.getLogger(DiscordWebhookUrl.class.getName());

  private Optional<URI> url;

  protected DiscordWebhookUrl() {}

  @Inject
  public DiscordWebhookUrl(
      @ConfigProperty(name = "DISCORD_WEBHOOK_URL") Optional<String> configured) {
    this.url = configured.filter(value -> !value.isBlank()).map(DiscordWebhookUrl::parse);
  }

  /** Reads (and so checks) the setting as the server starts, and says whether Discord is on. */
  void report(@Observes Startup startup) {
    LOG.info(
        url.map(
                uri ->
                    "Discord: posting game nights to " + uri.getHost() + " (DISCORD_WEBHOOK_URL)")
            .orElse("Discord: off (DISCORD_WEBHOOK_URL is not set)"));
  }

  Optional<URI> url() {
    return url;
  }

  static URI parse(String value) {
    try {
      URI uri = URI.create(value.strip());
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException notAUri) {
      // reported below
    }
    throw new IllegalArgumentException(
        "DISCORD_WEBHOOK_URL must be an http(s) URL such as"
            + " https://discord.com/api/webhooks/<id>/<token>; unset it to turn Discord off");
  }
}
