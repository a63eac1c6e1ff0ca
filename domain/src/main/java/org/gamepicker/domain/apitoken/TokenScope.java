package org.gamepicker.domain.apitoken;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gamepicker.domain.common.InvalidValueException;

/** What a bot token may do besides nothing: follow the live socket, or post votes. */
public enum TokenScope {
  /** WebSocket auth, subscribe and resume. */
  LIVE,
  /** Live votes and the chat import. */
  VOTES;

  /** The name on the wire and in @RolesAllowed: {@code live}, {@code votes}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scope of this wire name, if there is one. */
  public static Optional<TokenScope> find(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(wireName)).findFirst();
  }

  /** The scope of this wire name; InvalidValueException naming the known ones otherwise. */
  public static TokenScope named(String wireName) {
    return find(wireName)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "scopes",
                    "Unknown scope "
                        + wireName
                        + "; the scopes are "
                        + Arrays.stream(values())
                            .map(TokenScope::wireName)
                            .collect(Collectors.joining(", "))));
  }
}
