package org.gamepicker.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made with the JDK's
 * keytool and written as the PEM files a host gets from a CA: the certificate and its PKCS#8 key.
 * {@link #trustingContext()} trusts this certificate and nothing else.
 */
public final class TestCertificate {

  private static final char[] PASSWORD = "test-only".toCharArray();

  private final Certificate certificate;
  private final Path certificateFile;
  private final Path keyFile;

  private TestCertificate(Certificate certificate, Path certificateFile, Path keyFile) {
    this.certificate = certificate;
    this.certificateFile = certificateFile;
    this.keyFile = keyFile;
  }

  /** Generates the key pair and certificate into {@code dir} (cert.pem, key.pem). */
  public static TestCertificate generate(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path keyStoreFile = dir.resolve("generated.p12");
    Files.deleteIfExists(keyStoreFile);
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-keystore",
                keyStoreFile.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                new String(PASSWORD),
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "san=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!keytool.waitFor(1, TimeUnit.MINUTES) || keytool.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStoreFile)) {
      keyStore.load(in, PASSWORD);
    }
    Certificate certificate = keyStore.getCertificate("server");
    Path certificateFile =
        Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
    Path keyFile =
        Files.writeString(
            dir.resolve("key.pem"),
            pem("PRIVATE KEY", keyStore.getKey("server", PASSWORD).getEncoded()));
    return new TestCertificate(certificate, certificateFile, keyFile);
  }

  public Path certificateFile() {
    return certificateFile;
  }

  public Path keyFile() {
    return keyFile;
  }

  /** A TLS context whose only trusted certificate is this one. */
  SSLContext trustingContext() {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("server", certificate);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
