package org.gamepicker.application.port.in.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.gamepicker.domain.apitoken.ApiToken;
import org.gamepicker.domain.apitoken.TokenScope;

/**
 * Who presented a valid token: the admin (an expiring JWT, allowed everything) or a bot token
 * (allowed its scopes only).
 *
 * @param apiTokenId the bot token's id; empty for the admin
 * @param expiresAt when the admin JWT expires; empty for bot tokens, which last until revoked
 */
public record Caller(
    String name, Optional<Long> apiTokenId, Set<TokenScope> scopes, Optional<Instant> expiresAt) {

  /** The role of the admin, as in {@code @RolesAllowed}; scopes are roles under their wire name. */
  public static final String ADMIN = "admin";

  public Caller {
    scopes = Set.copyOf(scopes);
  }

  public static Caller admin(Instant expiresAt) {
    return new Caller(ADMIN, Optional.empty(), Set.of(), Optional.of(expiresAt));
  }

  public static Caller bot(ApiToken token) {
    return new Caller(token.name(), Optional.of(token.id()), token.scopes(), Optional.empty());
  }

  public boolean isAdmin() {
    return apiTokenId.isEmpty();
  }

  /** The admin may do everything; a bot token what its scopes allow. */
  public boolean may(TokenScope scope) {
    return isAdmin() || scopes.contains(scope);
  }

  /** Whether the caller holds this role: {@link #ADMIN}, or the wire name of a scope it may use. */
  public boolean hasRole(String role) {
    return ADMIN.equals(role) ? isAdmin() : TokenScope.find(role).map(this::may).orElse(false);
  }
}
