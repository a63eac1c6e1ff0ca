package org.gamepicker.application.port.in.vote;

/** Use case: counts the votes found in a session's chat log. */
public interface ImportChatUseCase {

  /**
   * Applies the log's votes in timestamp order, each to the game playing in the session at its
   * timestamp, all in one transaction; NotFoundException for an unknown session. Importing the same
   * log again changes nothing.
   */
  ChatImportReport importChat(ImportChatCommand command);
}
