package org.gamepicker.application.port.in.session;

/** Names one game of one session, for the commands that change it. */
public record ChangeGameCommand(long sessionId, long sessionGameId) {}
