package org.gamepicker.domain.session;

import java.time.Instant;

/**
 * Something that happened to a session, recorded by the {@link Session} aggregate and handed on by
 * the application after the change is stored. Session games are named by their position in the play
 * order, because their ids are only known once stored.
 */
public sealed interface SessionEvent {

  Instant occurredAt();

  /** A session was created and is now the active one. */
  record SessionStarted(Instant occurredAt) implements SessionEvent {}

  /** A game was started in the session; the previously playing game became played. */
  record GameAdded(int position, Instant occurredAt) implements SessionEvent {}

  /** The host changed the status of a session game by hand. */
  record GameStatusChanged(int position, SessionGameStatus status, Instant occurredAt)
      implements SessionEvent {}

  /** The host removed a game from the session. */
  record GameRemoved(long sessionGameId, long gameId, Instant occurredAt) implements SessionEvent {}

  /** The session was closed; its playing game became played. */
  record SessionEnded(Instant occurredAt) implements SessionEvent {}

  /** A closed session was deleted with its games. */
  record SessionDeleted(long sessionId, Instant occurredAt) implements SessionEvent {}
}
