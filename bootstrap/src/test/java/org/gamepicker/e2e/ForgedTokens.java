package org.gamepicker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs JWTs with the test server's own signing key (from its data directory), so a test can
 * present genuinely signed tokens whose claims break one rule at a time.
 */
final class ForgedTokens {

  private ForgedTokens() {}

  /**
   * A genuinely signed admin token (issued a minute ago, valid for an hour) after {@code tweak}.
   */
  static String signed(Consumer<JwtClaims> tweak) {
    long now = Instant.now().getEpochSecond();
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("gamepicker");
    claims.setSubject("admin");
    claims.setClaim("upn", "admin");
    claims.setStringListClaim("groups", List.of("admin"));
    claims.setIssuedAt(NumericDate.fromSeconds(now - 60));
    claims.setExpirationTime(NumericDate.fromSeconds(now + 3600));
    tweak.accept(claims);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Seconds since the epoch, {@code offset} seconds from now. */
  static NumericDate inSeconds(long offset) {
    return NumericDate.fromSeconds(Instant.now().getEpochSecond() + offset);
  }

  /** The server's signing key file as text (PEM, PKCS#8). */
  static String signingKeyPem() {
    try {
      return Files.readString(
          Path.of(System.getProperty("it.server.dir"), "data", "jwt-signing-key.pem"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PrivateKey signingKey() {
    String base64 =
        signingKeyPem().replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
