package org.gamepicker.application.port.in.webhook;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.WebhookSubscriptions;
import org.gamepicker.domain.webhook.WebhookUrl;

/** Command: change some of a webhook's settings; an empty value leaves that setting as it is. */
public record UpdateWebhookCommand(
    long id,
    Optional<String> name,
    Optional<WebhookUrl> url,
    Optional<String> secret,
    Optional<Set<EventType>> events,
    Optional<Boolean> enabled) {

  public UpdateWebhookCommand {
    Require.present(name, "name");
    Require.present(url, "url");
    Require.present(secret, "secret");
    Require.present(events, "events");
    Require.present(enabled, "enabled");
  }

  /** From raw request values; null means "unchanged", anything else is validated. */
  public static UpdateWebhookCommand of(
      long id, String name, String url, String secret, List<String> events, Boolean enabled) {
    return new UpdateWebhookCommand(
        id,
        Optional.ofNullable(name).map(n -> Require.notBlank(n, "name")),
        Optional.ofNullable(url).map(WebhookUrl::new),
        Optional.ofNullable(secret),
        Optional.ofNullable(events).map(WebhookSubscriptions::parse),
        Optional.ofNullable(enabled));
  }
}
