package org.gamepicker.application.port.in.vote;

import java.time.Instant;

/** One message of an imported chat log, validated. */
public record ChatLine(String username, String message, Instant timestamp) {}
