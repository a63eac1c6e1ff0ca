package org.gamepicker.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.out.AccessToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtAccessTokensTest {

  @TempDir Path dataDir;
  @TempDir Path otherDataDir;

  @Test
  void anIssuedTokenVerifiesWithItsRoleAndExpiry() {
    JwtAccessTokens tokens = new JwtAccessTokens(keysIn(dataDir), 24);

    AccessToken issued = tokens.issueAdminToken();

    assertThat(issued.role()).isEqualTo("admin");
    assertThat(issued.expiresAt())
        .isBetween(
            Instant.now().plus(Duration.ofHours(24)).minusSeconds(5),
            Instant.now().plus(Duration.ofHours(24)));
    assertThat(tokens.verify(issued.token())).contains(issued);
  }

  @Test
  void theTokenCarriesTheClaimsMicroProfileJwtNeeds() {
    String token = new JwtAccessTokens(keysIn(dataDir), 24).issueAdminToken().token();
    String header = decode(token.split("\\.")[0]);
    String claims = decode(token.split("\\.")[1]);

    assertThat(header).contains("\"alg\":\"RS256\"");
    assertThat(claims)
        .contains("\"iss\":\"gamepicker\"", "\"upn\":\"admin\"", "\"groups\":[\"admin\"]");
  }

  @Test
  void aTamperedTokenIsRefused() {
    JwtAccessTokens tokens = new JwtAccessTokens(keysIn(dataDir), 24);
    String[] parts = tokens.issueAdminToken().token().split("\\.");
    String forgedClaims =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(decode(parts[1]).replace("admin", "adminX").getBytes());

    assertThat(tokens.verify(parts[0] + "." + forgedClaims + "." + parts[2])).isEmpty();
    assertThat(tokens.verify("not.a.token")).isEmpty();
  }

  @Test
  void anExpiredTokenIsRefused() {
    SigningKeys keys = keysIn(dataDir);
    String expired = new JwtAccessTokens(keys, -1).issueAdminToken().token();

    assertThat(new JwtAccessTokens(keys, 24).verify(expired)).isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    String foreign = new JwtAccessTokens(keysIn(otherDataDir), 24).issueAdminToken().token();

    assertThat(new JwtAccessTokens(keysIn(dataDir), 24).verify(foreign)).isEmpty();
  }

  @Test
  void onlyTokensWhoseGroupsHoldAdminPass() {
    SigningKeys keys = keysIn(dataDir);
    JwtAccessTokens tokens = new JwtAccessTokens(keys, 24);

    assertThat(tokens.verify(sign(keys, claims(-60, 3600, List.of("admin"))))).isPresent();
    assertThat(tokens.verify(sign(keys, claims(-60, 3600, List.of())))).isEmpty();
    assertThat(tokens.verify(sign(keys, claims(-60, 3600, List.of("user"))))).isEmpty();
    JwtClaims withoutGroups = claims(-60, 3600, List.of());
    withoutGroups.unsetClaim("groups");
    assertThat(tokens.verify(sign(keys, withoutGroups))).isEmpty();
  }

  @Test
  void theClocksMayDisagreeByFiveSecondsAndNoMore() {
    SigningKeys keys = keysIn(dataDir);
    JwtAccessTokens tokens = new JwtAccessTokens(keys, 24);

    assertThat(tokens.verify(sign(keys, claims(-3600, -3, List.of("admin"))))).isPresent();
    assertThat(tokens.verify(sign(keys, claims(-3600, -10, List.of("admin"))))).isEmpty();
    JwtClaims notYetValid = claims(-60, 3600, List.of("admin"));
    notYetValid.setNotBefore(NumericDate.fromSeconds(Instant.now().getEpochSecond() + 60));
    assertThat(tokens.verify(sign(keys, notYetValid))).isEmpty();
    assertThat(tokens.verify(sign(keys, claims(60, 3600, List.of("admin"))))).isEmpty();
  }

  @Test
  void aTokenLivingLongerThanTheConfiguredLifetimeOrWithoutIssueTimeIsRefused() {
    SigningKeys keys = keysIn(dataDir);
    JwtAccessTokens tokens = new JwtAccessTokens(keys, 24);

    assertThat(tokens.verify(sign(keys, claims(-60, 24 * 3600 - 60, List.of("admin")))))
        .isPresent();
    assertThat(tokens.verify(sign(keys, claims(-60, 24 * 3600, List.of("admin"))))).isEmpty();
    assertThat(tokens.verify(sign(keys, claims(-60, 100L * 365 * 24 * 3600, List.of("admin")))))
        .isEmpty();
    JwtClaims withoutIssuedAt = claims(-60, 3600, List.of("admin"));
    withoutIssuedAt.unsetClaim("iat");
    assertThat(tokens.verify(sign(keys, withoutIssuedAt))).isEmpty();
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    SigningKeys keys = keysIn(dataDir);
    JwtClaims otherIssuer = claims(-60, 3600, List.of("admin"));
    otherIssuer.setIssuer("someone-else");

    assertThat(new JwtAccessTokens(keys, 24).verify(sign(keys, otherIssuer))).isEmpty();
  }

  /** Admin-like claims issued {@code issuedIn} seconds from now, expiring {@code expiresIn}. */
  @Test
  void aTokenThatPassedPassesAgainUntilItExpiresAndNotAfter() {
    SigningKeys keys = keysIn(dataDir);
    MovableClock clock = new MovableClock(Instant.now());
    JwtAccessTokens tokens = new JwtAccessTokens(keys, 24, clock);
    String token = sign(keys, claims(-60, 30, List.of("admin")));
    Instant expiresAt = tokens.verify(token).orElseThrow().expiresAt();

    clock.now = expiresAt.plusSeconds(4);
    assertThat(tokens.verify(token)).as("within the allowed clock skew").isPresent();
    clock.now = expiresAt.plusSeconds(5);
    assertThat(tokens.verify(token)).isEmpty();
    assertThat(tokens.verify(token)).isEmpty();
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private static JwtClaims claims(long issuedIn, long expiresIn, List<String> groups) {
    long now = Instant.now().getEpochSecond();
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("gamepicker");
    claims.setSubject("admin");
    claims.setStringListClaim("groups", groups);
    claims.setIssuedAt(NumericDate.fromSeconds(now + issuedIn));
    claims.setExpirationTime(NumericDate.fromSeconds(now + expiresIn));
    return claims;
  }

  private static String sign(SigningKeys keys, JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(keys.privateKey());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SigningKeys keysIn(Path dir) {
    return new SigningKeys(Optional.empty(), new DataDirectory(dir.toString()));
  }

  private static String decode(String base64Url) {
    return new String(Base64.getUrlDecoder().decode(base64Url));
  }
}
