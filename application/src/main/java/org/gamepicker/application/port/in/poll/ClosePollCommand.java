package org.gamepicker.application.port.in.poll;

/** Command: close a poll now; with {@code play}, start its winner in the poll's session. */
public record ClosePollCommand(long pollId, boolean play) {}
