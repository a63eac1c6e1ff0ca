package org.gamepicker.application.port.in.game;

import java.util.List;
import org.gamepicker.domain.common.Require;

/**
 * Command: import these rows; with {@code skipInvalid} the valid rows are applied and the bad ones
 * reported, otherwise any bad row rejects the whole import.
 */
public record ImportGamesCommand(List<ImportRow> rows, ImportMode mode, boolean skipInvalid) {

  public ImportGamesCommand {
    rows = List.copyOf(Require.present(rows, "csv_data"));
    Require.present(mode, "mode");
  }
}
