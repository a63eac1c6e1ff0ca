package org.gamepicker.adapter.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gamepicker.application.port.out.AccessToken;
import org.gamepicker.application.port.out.AccessTokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * Issues and checks RS256 JSON Web Tokens in the MicroProfile JWT format (iss, sub, upn, groups,
 * iat, exp). A token passes when its signature is ours, {@code iss} is gamepicker, {@code groups}
 * holds admin, {@code iat} and {@code exp} are present and {@code exp - iat} is at most
 * JWT_LIFETIME_HOURS, and the clocks ({@code exp}, {@code nbf}, {@code iat}) hold to within {@link
 * #ALLOWED_CLOCK_SKEW_SECONDS}. A token that passed is kept until it expires, and passes again
 * without the signature check, the costliest step of a request.
 */
@ApplicationScoped
public class JwtAccessTokens implements AccessTokens {

  static final String ISSUER = "gamepicker";
  static final String ADMIN_ROLE = "admin";
  static final int ALLOWED_CLOCK_SKEW_SECONDS = 5;

  /** Tokens that passed, kept at most: admins log in a few times a day. */
  static final int PASSED_TOKENS_KEPT = 256;

  private SigningKeys keys;
  private Duration lifetime;
  private JwtConsumer consumer;
  private Clock clock;
  private final Map<String, AccessToken> passed = new ConcurrentHashMap<>();

  protected JwtAccessTokens() {}

  @Inject
  public JwtAccessTokens(
      SigningKeys keys,
      @ConfigProperty(name = "JWT_LIFETIME_HOURS", defaultValue = "24") long lifetimeHours) {
    this(keys, lifetimeHours, Clock.systemUTC());
  }

  JwtAccessTokens(SigningKeys keys, long lifetimeHours, Clock clock) {
    this.clock = clock;
    this.keys = keys;
    this.lifetime = Duration.ofHours(lifetimeHours);
    this.consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setAllowedClockSkewInSeconds(ALLOWED_CLOCK_SKEW_SECONDS)
            .setIssuedAtRestrictions(
                ALLOWED_CLOCK_SKEW_SECONDS,
                (int)
                    Math.min(Integer.MAX_VALUE, lifetime.toSeconds() + ALLOWED_CLOCK_SKEW_SECONDS))
            .setExpectedIssuer(ISSUER)
            .setRequireSubject()
            .setVerificationKey(keys.publicKey())
            .setJwsAlgorithmConstraints(
                org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256)
            .build();
  }

  @Override
  public AccessToken issueAdminToken() {
    Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant expiresAt = issuedAt.plus(lifetime);
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject(ADMIN_ROLE);
    claims.setClaim("upn", ADMIN_ROLE);
    claims.setStringListClaim("groups", List.of(ADMIN_ROLE));
    claims.setJwtId(UUID.randomUUID().toString());
    claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
    claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(keys.privateKey());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return new AccessToken(jws.getCompactSerialization(), ADMIN_ROLE, expiresAt);
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot sign an access token", e);
    }
  }

  @Override
  public Optional<AccessToken> verify(String rawToken) {
    AccessToken known = passed.get(rawToken);
    if (known != null) {
      // Once expired, it stays refused; the whole map is emptied when full.
      return clock.instant().isBefore(known.expiresAt().plusSeconds(ALLOWED_CLOCK_SKEW_SECONDS))
          ? Optional.of(known)
          : Optional.empty();
    }
    Optional<AccessToken> checked = check(rawToken);
    checked.ifPresent(this::keep);
    return checked;
  }

  private void keep(AccessToken token) {
    if (passed.size() >= PASSED_TOKENS_KEPT) {
      passed.clear();
    }
    passed.put(token.token(), token);
  }

  private Optional<AccessToken> check(String rawToken) {
    try {
      JwtClaims claims = consumer.processToClaims(rawToken);
      List<String> groups =
          claims.hasClaim("groups") ? claims.getStringListClaimValue("groups") : List.of();
      long lifetimeSeconds =
          claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
      if (!groups.contains(ADMIN_ROLE) || lifetimeSeconds > lifetime.toSeconds()) {
        return Optional.empty();
      }
      Instant expiresAt = Instant.ofEpochSecond(claims.getExpirationTime().getValue());
      return Optional.of(new AccessToken(rawToken, ADMIN_ROLE, expiresAt));
    } catch (InvalidJwtException | MalformedClaimException e) {
      return Optional.empty();
    }
  }
}
