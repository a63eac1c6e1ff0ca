package org.gamepicker.application.port.out;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.gamepicker.application.port.in.backup.RestoredBackup;

/**
 * Port: the whole database as one portable document (JSON, types any database reads back), written
 * as it is read and restored as it is parsed.
 */
public interface DatabaseBackup {

  /** Writes the backup document to {@code out}, from one consistent view of the database. */
  void write(OutputStream out);

  /**
   * A table holding data a restore must not mix with (sessions, votes, events, webhooks, tokens,
   * ...), or empty when only what a fresh server creates by itself is there (the seeded catalog,
   * the subscribers' cursors): a restore replaces that.
   */
  Optional<String> tableWithData();

  /**
   * Replaces the database's content with the backup read from {@code in}, in the caller's
   * transaction. {@code beforeWriting} runs once the document's header (format and versions) is
   * valid and before anything is written; it throws to refuse the restore.
   */
  RestoredBackup restore(InputStream in, Runnable beforeWriting);
}
