package org.gamepicker.domain.event;

/** One candidate of an audience poll as poll events tell it: its choice number and its game. */
public record PollOption(int choice, long gameId, String title, String packName) {}
