package org.gamepicker.adapter.rest.event;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.domain.event.EventType;

/** An event type as the API lists it: its wire name and what it tells. */
@Schema(name = "EventType")
@JsonbPropertyOrder({"name", "description"})
public record EventTypeView(
    @Schema(
            description =
                "The name on the wire: an event's type, a webhook's subscription, a bot's opt-in",
            example = "session.started")
        String name,
    @Schema(
            description = "What an event of this type tells",
            example = "A game night started (a new active session).")
        String description) {

  static EventTypeView of(EventType type) {
    return new EventTypeView(type.wireName(), description(type));
  }

  private static String description(EventType type) {
    return switch (type) {
      case SESSION_STARTED -> "A game night started (a new active session).";
      case GAME_ADDED -> "A game of the session started, with its room code when known.";
      case VOTE_RECEIVED -> "A vote on the session's current game was counted, with the totals.";
      case SESSION_ENDED -> "A game night ended (the session was closed).";
      case GAME_STATUS_CHANGED -> "The host set a session game to playing, played or skipped.";
      case GAME_REMOVED -> "The host removed a game (and its votes) from a session.";
      case GAME_ROOM_CODE_CHANGED ->
          "The host changed the room code of a session game (null when cleared).";
      case SESSION_DELETED -> "A closed session was deleted with its games and votes.";
      case POLL_STARTED -> "The host opened an audience poll: its candidates and when it closes.";
      case POLL_TALLY ->
          "Ballots arrived in an open poll: each candidate's count (at most 4 a second).";
      case POLL_ENDED -> "An audience poll closed: the final counts and the winner.";
      case CATALOG_GAME_CREATED -> "A game was added to the catalog (by hand or by an import).";
      case CATALOG_GAME_UPDATED ->
          "A catalog game changed: details, enabled or favour (also through its pack or an import).";
      case CATALOG_GAME_DELETED -> "A game was deleted from the catalog.";
    };
  }
}
