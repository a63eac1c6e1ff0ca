package org.gamepicker.adapter.rest;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A configuration value that lists things separated by commas ({@code a, b,c}). */
public final class CommaSeparated {

  private CommaSeparated() {}

  /** The listed values, trimmed, without empty ones; empty when the value is not configured. */
  public static Set<String> values(Optional<String> configured) {
    return configured.stream()
        .flatMap(list -> Arrays.stream(list.split(",")))
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
