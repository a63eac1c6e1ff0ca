package org.gamepicker.application.port.in.webhook;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.WebhookSubscriptions;
import org.gamepicker.domain.webhook.WebhookUrl;

/** Command: register a webhook; without a secret the server generates one. Enabled by default. */
public record CreateWebhookCommand(
    String name, WebhookUrl url, Optional<String> secret, Set<EventType> events, boolean enabled) {

  public CreateWebhookCommand {
    name = Require.notBlank(name, "name");
    Require.present(url, "url");
    Require.present(secret, "secret");
    events = WebhookSubscriptions.of(events);
  }

  /** From raw request values; null {@code secret} or {@code enabled} take their defaults. */
  public static CreateWebhookCommand of(
      String name, String url, String secret, List<String> events, Boolean enabled) {
    return new CreateWebhookCommand(
        name,
        new WebhookUrl(url),
        Optional.ofNullable(secret),
        WebhookSubscriptions.parse(events),
        enabled == null || enabled);
  }
}
