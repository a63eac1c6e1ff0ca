package org.gamepicker.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.gamepicker.application.port.out.AccessToken;
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

  private static SigningKeys keysIn(Path dir) {
    return new SigningKeys(Optional.empty(), new DataDirectory(dir.toString()));
  }

  private static String decode(String base64Url) {
    return new String(Base64.getUrlDecoder().decode(base64Url));
  }
}
