package org.gamepicker.domain.event;

/** An event of one game-night session: the session's subscribers may see it. */
public sealed interface SessionScopedEvent extends DomainEvent
    permits SessionStarted,
        GameAdded,
        VoteReceived,
        SessionEnded,
        GameStatusChanged,
        GameRemoved,
        GameRoomCodeChanged,
        SessionDeleted,
        PollStarted,
        PollTally,
        PollEnded {

  /** The session whose subscribers may see the event. */
  long sessionId();
}
