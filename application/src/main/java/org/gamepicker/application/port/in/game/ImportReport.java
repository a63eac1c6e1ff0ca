package org.gamepicker.application.port.in.game;

import java.util.List;

/**
 * What an import did: games added, updated, rows skipped (bad rows skipped on request, and existing
 * games in append mode), games removed and disabled (replace mode), and every bad row's error.
 * {@code applied} is false when bad rows rejected the import and nothing was changed.
 */
public record ImportReport(
    boolean applied,
    int imported,
    int updated,
    int skipped,
    int removed,
    int disabled,
    List<RowError> errors) {

  /** A bad row: its line number in the file and what is wrong with it. */
  public record RowError(int line, String message) {}

  public ImportReport {
    errors = List.copyOf(errors);
  }
}
