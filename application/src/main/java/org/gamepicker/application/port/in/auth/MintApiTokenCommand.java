package org.gamepicker.application.port.in.auth;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamepicker.domain.apitoken.TokenScope;
import org.gamepicker.domain.common.Require;

/** Command: mint a bot token with a name and at least one scope. */
public record MintApiTokenCommand(String name, Set<TokenScope> scopes) {

  public MintApiTokenCommand {
    name = Require.notBlank(name, "name");
    Require.that(name.length() <= 100, "name", "name must be at most 100 characters");
    Require.present(scopes, "scopes");
    Require.that(!scopes.isEmpty(), "scopes", "scopes must name at least one of: live, votes");
    scopes = Set.copyOf(scopes);
  }

  /** From the request's values: scope names as on the wire ({@code live}, {@code votes}). */
  public static MintApiTokenCommand of(String name, List<String> scopes) {
    Require.present(scopes, "scopes");
    Require.that(
        scopes.stream().allMatch(Objects::nonNull), "scopes", "scopes must be scope names");
    return new MintApiTokenCommand(
        name, scopes.stream().map(TokenScope::named).collect(Collectors.toSet()));
  }
}
