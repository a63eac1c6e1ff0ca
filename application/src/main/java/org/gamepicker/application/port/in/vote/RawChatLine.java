package org.gamepicker.application.port.in.vote;

/** One message of a chat log as sent (any member may be missing or malformed). */
public record RawChatLine(String username, String message, String timestamp) {}
