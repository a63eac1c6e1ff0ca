package org.gamepicker.application.port.in.game;

import java.util.Map;

/** One data row of an imported catalog file: its line number and its values by column name. */
public record ImportRow(int line, Map<String, String> values) {

  public ImportRow {
    values = Map.copyOf(values);
  }
}
