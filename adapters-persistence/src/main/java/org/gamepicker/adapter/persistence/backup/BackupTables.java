package org.gamepicker.adapter.persistence.backup;

import java.util.List;
import java.util.Map;

/**
 * Which tables and sequences a backup holds, in the order a restore inserts them (parents before
 * children), and which tables it leaves out and why. A test compares them with the schema, so a new
 * table is either backed up or left out on purpose.
 */
final class BackupTables {

  /**
   * A backed-up table: its name, the order its rows are written in, and whether a restore replaces
   * its rows (what a fresh server creates by itself) instead of requiring it empty.
   */
  record Table(String name, String orderBy, boolean replacedOnRestore) {}

  static final List<Table> INCLUDED =
      List.of(
          new Table("packs", "id", true),
          new Table("games", "id", true),
          new Table("game_vote_counts", "game_id, slot", true),
          new Table("sessions", "id", false),
          new Table("session_games", "id", false),
          new Table("session_game_vote_counts", "session_game_id, slot", false),
          new Table("votes", "id", false),
          new Table("polls", "id", false),
          new Table("poll_candidates", "poll_id, choice", false),
          new Table("poll_ballots", "poll_id, username", false),
          new Table("webhook", "id", false),
          new Table("webhook_delivery", "id", false),
          new Table("webhook_delivery_attempt", "id", false),
          new Table("api_token", "id", false),
          new Table("event_log", "id", false),
          // so that a bot resuming from an event pruned before the backup is told so on the
          // restored
          // server too (resume_expired), not replayed from the oldest event kept
          new Table("event_log_prune_mark", "id", true),
          new Table("event_subscriber_cursor", "subscriber", true));

  /** Tables a backup leaves out, each with the reason. */
  static final Map<String, String> EXCLUDED =
      Map.of(
          "flyway_schema_history",
          "the schema's history: the restoring server has its own, at the backup's version",
          "event_log_lock",
          "one fixed row that every server creates",
          "login_failures",
          "failed admin logins of the last minutes: nothing worth restoring",
          "key_fingerprint",
          "the fingerprint of the keys of the server that recorded it: the restoring server has its own",
          "stored_answers",
          "answers kept a day for clients retrying a write with its Idempotency-Key: a client that"
              + " retries against the restored server has the write performed there");

  /** The sequences that number rows (beside the identity columns), each with its table. */
  static final Map<String, String> SEQUENCES =
      Map.of("session_ids", "sessions", "session_game_ids", "session_games", "poll_ids", "polls");

  private BackupTables() {}

  static Table named(String name) {
    return INCLUDED.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }
}
