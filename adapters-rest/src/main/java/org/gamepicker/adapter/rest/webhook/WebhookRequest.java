package org.gamepicker.adapter.rest.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a webhook creation or (partial) update; in an update, absent members stay unchanged. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
    @Schema(
            description = "A name for the host's eyes, 1 to 100 characters",
            example = "Discord bot")
        String name,
    @Schema(
            description = "Absolute http or https URL, without user:password@",
            example = "https://example.com/hooks/gamepicker")
        String url,
    @Schema(
            description =
                "HMAC key (8 to 256 characters; its UTF-8 bytes are the key). On creation, when"
                    + " absent the server generates one and returns it once.",
            writeOnly = true)
        String secret,
    @Schema(
            description =
                "Event types to receive, by name (GET /api/event-types lists them): at least"
                    + " one; no wildcard",
            example = "[\"session.started\", \"session.ended\"]")
        List<String> events,
    @Schema(description = "Whether deliveries are made; default true on creation")
        Boolean enabled) {}
