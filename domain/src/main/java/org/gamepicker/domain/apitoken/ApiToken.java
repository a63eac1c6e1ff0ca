package org.gamepicker.domain.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import org.gamepicker.domain.common.Require;

/**
 * A least-privilege token for a bot, minted by the admin: it grants its scopes and nothing else.
 *
 * <p>Lifecycle: minted (the secret is shown once; only its SHA-256 hash is kept), used (the last
 * use is recorded at most once per {@link #USE_RECORDING_INTERVAL}), revoked (deleted). Invariants:
 * a non-blank name of at most 100 characters, at least one scope, a 64-hex-digit hash. The id is
 * null until the repository stores it.
 */
public final class ApiToken {

  /** Every secret starts with this, so a reader (and a secret scanner) can tell it apart. */
  public static final String SECRET_PREFIX = "gpb_";

  /** The last use is written at most this often, so requests do not each write a row. */
  public static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

  private final Long id;
  private final String name;
  private final Set<TokenScope> scopes;
  private final String secretHash;
  private final Instant createdAt;
  private final Instant lastUsedAt;

  private ApiToken(
      Long id,
      String name,
      Collection<TokenScope> scopes,
      String secretHash,
      Instant createdAt,
      Instant lastUsedAt) {
    this.id = id;
    this.name = Require.notBlank(name, "name");
    Require.that(this.name.length() <= 100, "name", "name must be at most 100 characters");
    Require.present(scopes, "scopes");
    Require.that(!scopes.isEmpty(), "scopes", "scopes must name at least one of: live, votes");
    this.scopes = Set.copyOf(EnumSet.copyOf(scopes));
    this.secretHash = Require.notBlank(secretHash, "secret_hash");
    Require.that(
        this.secretHash.matches("[0-9a-f]{64}"), "secret_hash", "secret_hash must be SHA-256 hex");
    this.createdAt = Require.present(createdAt, "created_at");
    this.lastUsedAt = lastUsedAt;
  }

  /** A new token for this secret (which is not kept). */
  public static ApiToken mint(
      String name, Collection<TokenScope> scopes, String secret, Instant now) {
    return new ApiToken(null, name, scopes, hashOf(secret), now, null);
  }

  /** A token as stored. */
  public static ApiToken restore(
      long id,
      String name,
      Collection<TokenScope> scopes,
      String secretHash,
      Instant createdAt,
      Instant lastUsedAt) {
    return new ApiToken(id, name, scopes, secretHash, createdAt, lastUsedAt);
  }

  /** The SHA-256 of the secret in lowercase hex: what is stored and looked up. */
  public static String hashOf(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * Whether a use at {@code now} should be recorded: never used, or last recorded long enough ago.
   */
  public boolean useWorthRecording(Instant now) {
    return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_RECORDING_INTERVAL));
  }

  public boolean allows(TokenScope scope) {
    return scopes.contains(scope);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The granted scopes (unordered). */
  public Set<TokenScope> scopes() {
    return scopes;
  }

  public String secretHash() {
    return secretHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When the token was last used (to within a minute); null when never. */
  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiToken token && id != null && Objects.equals(id, token.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
