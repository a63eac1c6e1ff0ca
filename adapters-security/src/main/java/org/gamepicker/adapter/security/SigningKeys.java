package org.gamepicker.adapter.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key pair that signs access tokens. The private key is JWT_SECRET (PEM, PKCS#8) when
 * configured, else one generated on first start and kept in the data directory. Tokens are checked
 * with the public half, derived from it in memory.
 */
@ApplicationScoped
public class SigningKeys {

  static final String PRIVATE_KEY_FILE = "jwt-signing-key.pem";

  private PrivateKey privateKey;
  private PublicKey publicKey;

  protected SigningKeys() {}

  @Inject
  public SigningKeys(
      @ConfigProperty(name = "JWT_SECRET") Optional<String> configured,
      DataDirectory dataDirectory) {
    String privatePem =
        configured
            .filter(k -> !k.isBlank())
            .orElseGet(
                () ->
                    dataDirectory.readOrCreate(PRIVATE_KEY_FILE, SigningKeys::generatePrivatePem));
    try {
      privateKey = parsePrivateKey(privatePem);
      RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
      publicKey =
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException(
          "JWT_SECRET must be an RSA private key in PEM (PKCS#8) form, e.g. from"
              + " 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048'",
          e);
    }
  }

  /**
   * Created at startup, so the first request finds the key ready (and a bad JWT_SECRET stops the
   * start).
   */
  void createAtStartup(@Observes Startup startup) {}

  public PrivateKey privateKey() {
    return privateKey;
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  private static PrivateKey parsePrivateKey(String pem) throws GeneralSecurityException {
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }

  private static String generatePrivatePem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .encodeToString(der)
        + "\n-----END "
        + label
        + "-----";
  }
}
