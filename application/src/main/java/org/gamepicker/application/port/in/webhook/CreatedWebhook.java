package org.gamepicker.application.port.in.webhook;

import org.gamepicker.domain.webhook.Webhook;

/** A webhook just registered; {@code secretGenerated} says whether the server chose its secret. */
public record CreatedWebhook(Webhook webhook, boolean secretGenerated) {}
