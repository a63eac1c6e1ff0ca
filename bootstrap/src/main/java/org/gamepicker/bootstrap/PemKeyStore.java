package org.gamepicker.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate chain and its private key as PEM files (what certbot and most CAs hand out) made
 * into the PKCS#12 keystore Liberty reads: Liberty and the JDK read no PEM key themselves.
 */
final class PemKeyStore {

  private static final String ALIAS = "gamepicker";

  private static final Pattern PKCS8_KEY =
      Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
  private static final Pattern ANY_KEY = Pattern.compile("-----BEGIN ([A-Z ]*PRIVATE KEY)-----");

  private PemKeyStore() {}

  /**
   * Reads the chain (server certificate first, as in certbot's fullchain.pem) and the unencrypted
   * PKCS#8 key, and writes them as a PKCS#12 keystore to {@code target} under {@code password}.
   */
  static void convert(Path certificateFile, Path keyFile, Path target, char[] password) {
    Certificate[] chain = readChain(certificateFile);
    PrivateKey key = readKey(keyFile, chain[0].getPublicKey().getAlgorithm());
    requirePair(key, chain[0].getPublicKey(), keyFile);
    try {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      keyStore.setKeyEntry(ALIAS, key, password, chain);
      try (OutputStream out = Files.newOutputStream(target)) {
        keyStore.store(out, password);
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not write the TLS keystore " + target + ": " + e, e);
    }
  }

  /**
   * Signs with the key and verifies with the certificate: a mismatch fails here, not at handshake.
   */
  private static void requirePair(PrivateKey key, PublicKey certified, Path keyFile) {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          default -> key.getAlgorithm();
        };
    try {
      byte[] probe = "gamepicker".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certified);
      verifier.update(probe);
      if (!verifier.verify(signer.sign())) {
        throw new IllegalStateException(
            "TLS_KEY_FILE " + keyFile + " is not the key of TLS_CERT_FILE's first certificate");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "TLS_KEY_FILE " + keyFile + " cannot be checked against TLS_CERT_FILE: " + e, e);
    }
  }

  private static Certificate[] readChain(Path file) {
    try {
      Certificate[] chain =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)))
              .toArray(Certificate[]::new);
      if (chain.length == 0) {
        throw new IllegalStateException("TLS_CERT_FILE " + file + " holds no certificate");
      }
      ((X509Certificate) chain[0]).checkValidity();
      return chain;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "TLS_CERT_FILE " + file + " is not a readable, valid PEM certificate: " + e, e);
    }
  }

  private static PrivateKey readKey(Path file, String algorithm) {
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException("TLS_KEY_FILE " + file + " cannot be read: " + e, e);
    }
    Matcher pkcs8 = PKCS8_KEY.matcher(pem);
    if (!pkcs8.find()) {
      Matcher other = ANY_KEY.matcher(pem);
      throw new IllegalStateException(
          "TLS_KEY_FILE "
              + file
              + (other.find()
                  ? " holds a key of another format (BEGIN " + other.group(1) + ")"
                  : " holds no PEM private key")
              + ": it must be an unencrypted PKCS#8 key (BEGIN PRIVATE KEY); convert it with"
              + " 'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'");
    }
    byte[] der = Base64.getMimeDecoder().decode(pkcs8.group(1));
    try {
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "TLS_KEY_FILE " + file + " is not the " + algorithm + " key of TLS_CERT_FILE: " + e, e);
    }
  }
}
