package org.gamepicker.application.port.in.game;

import org.gamepicker.domain.common.InvalidValueException;

/**
 * How an import treats the catalog: {@code APPEND} adds the rows whose pack and title are new and
 * leaves existing games alone; {@code REPLACE} makes the catalog what the file says: matching games
 * (same pack and title) are updated, new ones added, and games absent from the file are deleted
 * when never played, or disabled when played (their history stays).
 */
public enum ImportMode {
  APPEND,
  REPLACE;

  /** The mode named {@code append} or {@code replace}; null means append. */
  public static ImportMode parse(String text) {
    if (text == null || text.isBlank() || text.equals("append")) {
      return APPEND;
    }
    if (text.equals("replace")) {
      return REPLACE;
    }
    throw new InvalidValueException("mode", "mode must be append or replace");
  }
}
