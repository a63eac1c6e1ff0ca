package org.gamepicker.application.port.in.session;

/** Command: replace a session's notes (null or blank clears them). */
public record ChangeNotesCommand(long sessionId, String notes) {}
