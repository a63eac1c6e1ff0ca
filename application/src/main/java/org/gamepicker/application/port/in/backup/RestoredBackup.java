package org.gamepicker.application.port.in.backup;

import java.util.Map;

/** What a restore wrote: the rows of each table, in the order restored. */
public record RestoredBackup(Map<String, Long> rowsByTable) {

  public RestoredBackup {
    rowsByTable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsByTable));
  }
}
