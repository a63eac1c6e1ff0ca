package org.gamepicker.domain.game;

import org.gamepicker.domain.common.InvalidValueException;

/** Whether to keep only drawing games or to leave them out. */
public enum DrawingFilter {
  ONLY,
  EXCLUDE;

  public boolean accepts(boolean drawing) {
    return this == ONLY ? drawing : !drawing;
  }

  /** The filter named {@code only} or {@code exclude}; fails naming the field. */
  public static DrawingFilter parse(String field, String text) {
    if ("only".equals(text)) {
      return ONLY;
    }
    if ("exclude".equals(text)) {
      return EXCLUDE;
    }
    throw new InvalidValueException(field, field + " must be only or exclude");
  }
}
