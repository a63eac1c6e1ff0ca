package org.gamepicker.application.port.out;

/**
 * CDI event: a bot token was revoked. Observe it {@code during = AFTER_SUCCESS} to end whatever the
 * token opened (live connections), once the revocation is committed.
 */
public record ApiTokenRevoked(long apiTokenId) {}
