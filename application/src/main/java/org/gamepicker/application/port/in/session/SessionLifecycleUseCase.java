package org.gamepicker.application.port.in.session;

/** Use case: starts, closes, annotates and deletes game-night sessions. */
public interface SessionLifecycleUseCase {

  /** Starts a session; ConflictException while another one is active. */
  SessionView create(CreateSessionCommand command);

  /** Closes a session; ConflictException when it is already closed. */
  SessionView close(long sessionId);

  SessionView changeNotes(ChangeNotesCommand command);

  /** Deletes a closed session; ConflictException while it is active. */
  void delete(long sessionId);
}
