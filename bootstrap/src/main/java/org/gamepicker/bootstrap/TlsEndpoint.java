package org.gamepicker.bootstrap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the HTTPS port that {@code HTTPS_PORT} asks for, with the certificate and key of {@code
 * TLS_CERT_FILE} and {@code TLS_KEY_FILE} (PEM) or the PKCS#12 keystore of {@code
 * TLS_KEYSTORE_FILE}. Liberty reads neither PEM keys nor a keystore that does not exist yet, and
 * its server.xml cannot leave out an element for an unset variable: so the server starts without
 * TLS, and at the application's start this writes the PEM files as a PKCS#12 keystore and adds the
 * HTTPS endpoint with a configuration drop-in, which Liberty applies while it starts. Without the
 * settings it removes a drop-in an earlier start left. Only in a JVM that runs Game Picker alone
 * ({@code gamepicker.owns.jvm}): on an Open Liberty of the host's own, its server.xml has the say.
 */
@ApplicationScoped
public class TlsEndpoint {

  private static final Logger LOG = Logger.getLogger(TlsEndpoint.class.getName());

  @Inject
  @ConfigProperty(name = "HTTPS_PORT")
  Optional<Integer> httpsPort;

  @Inject
  @ConfigProperty(name = "PORT")
  Optional<Integer> httpPort;

  @Inject
  @ConfigProperty(name = "TLS_CERT_FILE")
  Optional<String> certificateFile;

  @Inject
  @ConfigProperty(name = "TLS_KEY_FILE")
  Optional<String> keyFile;

  @Inject
  @ConfigProperty(name = "TLS_KEYSTORE_FILE")
  Optional<String> keyStoreFile;

  @Inject
  @ConfigProperty(name = "TLS_KEYSTORE_PASSWORD")
  Optional<String> keyStorePassword;

  @Inject
  @ConfigProperty(name = "gamepicker.owns.jvm", defaultValue = "false")
  boolean ownsJvm;

  /** Set by Game Picker's server.xml: the drop-in's file and the converted keystore's. */
  @Inject
  @ConfigProperty(name = "gamepicker.tls.dropin")
  Optional<String> dropIn;

  @Inject
  @ConfigProperty(name = "gamepicker.tls.keystore")
  Optional<String> convertedKeyStoreFile;

  void openAtStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) Startup start) {
    if (!ownsJvm || dropIn.isEmpty() || convertedKeyStoreFile.isEmpty()) {
      return;
    }
    Path dropInFile = Path.of(dropIn.get());
    boolean pem = certificateFile.isPresent() || keyFile.isPresent();
    boolean keyStore = keyStoreFile.isPresent();
    if (httpsPort.isEmpty() && !pem && !keyStore) {
      removeStale(dropInFile);
      return;
    }
    int port = requireSettings(pem, keyStore);
    String keyStoreElement = pem ? convertedKeyStore() : checkedKeyStore();
    String configuration =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Written by Game Picker at its start from HTTPS_PORT and the TLS_* settings. -->
        <server>
          <httpEndpoint id="gamepickerHttps" host="${BIND_ADDRESS}" httpPort="-1"
                        httpsPort="${HTTPS_PORT}" httpOptionsRef="boundedHeaders"
                        sslOptionsRef="gamepickerTlsOptions"/>
          <sslOptions id="gamepickerTlsOptions" sslRef="gamepickerTls"/>
          <ssl id="gamepickerTls" keyStoreRef="gamepickerTlsKeys"/>
          %s
        </server>
        """
            .formatted(keyStoreElement);
    writePrivately(dropInFile, file -> write(file, configuration));
    LOG.info(
        "HTTPS on port "
            + port
            + " with the "
            + (pem ? "certificate of TLS_CERT_FILE" : "keystore of TLS_KEYSTORE_FILE"));
  }

  /** The PEM files as a PKCS#12 keystore under a new random password, and its element. */
  private String convertedKeyStore() {
    Path target = Path.of(convertedKeyStoreFile.get());
    String password = randomPassword();
    writePrivately(
        target,
        file ->
            PemKeyStore.convert(
                Path.of(certificateFile.get()),
                Path.of(keyFile.get()),
                file,
                password.toCharArray()));
    return "<keyStore id=\"gamepickerTlsKeys\" type=\"PKCS12\" location=\""
        + target.toString().replace("&", "&amp;").replace("\"", "&quot;")
        + "\" password=\""
        + password
        + "\"/>";
  }

  /**
   * The element of the host's own keystore, once it opened with its password and holds a key:
   * Liberty would log the failure and serve no HTTPS, while the start went on.
   */
  private String checkedKeyStore() {
    Path file = Path.of(keyStoreFile.get());
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, keyStorePassword.get().toCharArray());
      if (Collections.list(keys.aliases()).stream().noneMatch(alias -> isKey(keys, alias))) {
        throw new IllegalStateException("TLS_KEYSTORE_FILE " + file + " holds no private key");
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "TLS_KEYSTORE_FILE "
              + file
              + " cannot be read as PKCS#12 with TLS_KEYSTORE_PASSWORD: "
              + e.getMessage(),
          e);
    }
    return "<keyStore id=\"gamepickerTlsKeys\" type=\"PKCS12\" location=\"${TLS_KEYSTORE_FILE}\""
        + " password=\"${TLS_KEYSTORE_PASSWORD}\"/>";
  }

  private static boolean isKey(KeyStore keys, String alias) {
    try {
      return keys.isKeyEntry(alias);
    } catch (KeyStoreException e) {
      return false;
    }
  }

  private int requireSettings(boolean pem, boolean keyStore) {
    if (httpsPort.isEmpty()) {
      throw new IllegalStateException(
          "TLS_CERT_FILE, TLS_KEY_FILE or TLS_KEYSTORE_FILE is set but HTTPS_PORT is not: set"
              + " HTTPS_PORT to the port to serve HTTPS on (e.g. 8443)");
    }
    if (pem && keyStore) {
      throw new IllegalStateException(
          "Both TLS_CERT_FILE/TLS_KEY_FILE and TLS_KEYSTORE_FILE are set: set one of them");
    }
    if (pem && (certificateFile.isEmpty() || keyFile.isEmpty())) {
      throw new IllegalStateException(
          "HTTPS needs both TLS_CERT_FILE (the certificate chain, PEM) and TLS_KEY_FILE (its"
              + " private key, PEM)");
    }
    if (!pem && !keyStore) {
      throw new IllegalStateException(
          "HTTPS_PORT is set but no certificate: set TLS_CERT_FILE and TLS_KEY_FILE (PEM), or"
              + " TLS_KEYSTORE_FILE and TLS_KEYSTORE_PASSWORD (PKCS#12)");
    }
    if (keyStore && keyStorePassword.isEmpty()) {
      throw new IllegalStateException("TLS_KEYSTORE_FILE is set but TLS_KEYSTORE_PASSWORD is not");
    }
    int port = httpsPort.get();
    if (httpPort.isPresent() && httpPort.get() == port) {
      throw new IllegalStateException(
          "HTTPS_PORT and PORT are both " + port + ": HTTPS needs a port of its own");
    }
    return port;
  }

  private static void removeStale(Path dropInFile) {
    try {
      Files.deleteIfExists(dropInFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes through a temporary file readable by the server's user only, then moves it in place. */
  private static void writePrivately(Path target, FileFiller writer) {
    try {
      Files.createDirectories(target.getParent());
      Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
      Files.deleteIfExists(temporary);
      Files.createFile(temporary);
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      writer.write(temporary);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String randomPassword() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** Fills a file that {@link #writePrivately} then moves into place. */
  @FunctionalInterface
  private interface FileFiller {
    void write(Path file) throws IOException;
  }
}
