package org.gamepicker.application.port.in.poll;

import java.util.Optional;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.domain.poll.Poll;

/** A poll just closed, and the winner's play in the session when it was started. */
public record ClosedPoll(Poll poll, Optional<SessionGameView> played) {}
