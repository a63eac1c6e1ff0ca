package org.gamepicker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Collections;
import org.gamepicker.e2e.TestCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host's PEM certificate and key become the keystore Liberty reads, or a clear refusal. */
class PemKeyStoreTest {

  private static final char[] PASSWORD = "keystore-password".toCharArray();

  @TempDir Path dir;

  @Test
  void aCertificateAndItsKeyBecomeAPkcs12KeyStore() throws Exception {
    TestCertificate certificate = TestCertificate.generate(dir.resolve("server"));
    Path target = dir.resolve("tls.p12");

    PemKeyStore.convert(certificate.certificateFile(), certificate.keyFile(), target, PASSWORD);

    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(target)) {
      keyStore.load(in, PASSWORD);
    }
    String alias = Collections.list(keyStore.aliases()).getFirst();
    assertThat(keyStore.isKeyEntry(alias)).isTrue();
    assertThat(keyStore.getCertificate(alias).getEncoded())
        .isEqualTo(
            CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(certificate.certificateFile()))
                .getEncoded());
  }

  @Test
  void theKeyOfAnotherCertificateIsRefused() throws Exception {
    TestCertificate one = TestCertificate.generate(dir.resolve("one"));
    TestCertificate other = TestCertificate.generate(dir.resolve("other"));

    assertThatThrownBy(
            () ->
                PemKeyStore.convert(
                    one.certificateFile(), other.keyFile(), dir.resolve("tls.p12"), PASSWORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not the key of TLS_CERT_FILE");
  }

  @Test
  void anOlderKeyFormatIsRefusedWithTheCommandThatConvertsIt() throws Exception {
    TestCertificate certificate = TestCertificate.generate(dir.resolve("server"));
    Path pkcs1 =
        Files.writeString(
            dir.resolve("rsa.pem"),
            "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n");

    assertThatThrownBy(
            () ->
                PemKeyStore.convert(
                    certificate.certificateFile(), pkcs1, dir.resolve("tls.p12"), PASSWORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("(BEGIN RSA PRIVATE KEY)")
        .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
  }
}
