package org.gamepicker.application.port.in.session;

/** Command: start a game night with optional notes. */
public record CreateSessionCommand(String notes) {}
