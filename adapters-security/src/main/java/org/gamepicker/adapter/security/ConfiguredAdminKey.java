package org.gamepicker.adapter.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gamepicker.application.port.out.AdminKey;

/**
 * The admin key: ADMIN_KEY when configured, else one generated on first start (24 random bytes, 192
 * bits) and kept in the data directory (the log says where). A configured key too weak to resist
 * online guessing stops the start: logins are checked even from a throttled address, so the key's
 * strength is what keeps guessing hopeless.
 */
@ApplicationScoped
public class ConfiguredAdminKey implements AdminKey {

  static final String FILE_NAME = "admin.key";

  /** As long as a random key of 128 bits in hexadecimal, the smallest alphabet in common use. */
  static final int MIN_LENGTH = 32;

  /** Refuses keys made of a few repeated characters, which their length would not make strong. */
  static final int MIN_DISTINCT_CHARACTERS = 8;

  private static final Logger LOG = Logger.getLogger(ConfiguredAdminKey.class.getName());

  private byte[] key;

  protected ConfiguredAdminKey() {}

  @Inject
  public ConfiguredAdminKey(
      @ConfigProperty(name = "ADMIN_KEY") Optional<String> configured,
      DataDirectory dataDirectory) {
    String value =
        configured
            .filter(k -> !k.isBlank())
            .map(ConfiguredAdminKey::requireStrong)
            .orElseGet(
                () -> {
                  String kept = dataDirectory.readOrCreate(FILE_NAME, ConfiguredAdminKey::generate);
                  LOG.info(
                      "No ADMIN_KEY configured: the admin key is in "
                          + dataDirectory.resolve(FILE_NAME));
                  return kept;
                });
    this.key = value.strip().getBytes(StandardCharsets.UTF_8);
  }

  /** Created at startup, so the first request finds the key ready and the log tells where it is. */
  void createAtStartup(@Observes Startup startup) {}

  @Override
  public boolean matches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(key, candidate.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** The key's bytes, for this node's key fingerprint. */
  byte[] keyBytes() {
    return key.clone();
  }

  private static String requireStrong(String configured) {
    String key = configured.strip();
    long length = key.codePoints().count();
    long distinct = key.codePoints().distinct().count();
    if (length < MIN_LENGTH || distinct < MIN_DISTINCT_CHARACTERS) {
      throw new IllegalStateException(
          "ADMIN_KEY is too weak to resist online guessing: it must be at least "
              + MIN_LENGTH
              + " characters long with at least "
              + MIN_DISTINCT_CHARACTERS
              + " different characters (it has "
              + length
              + ", "
              + distinct
              + " different). Generate one with 'openssl rand -base64 24', or leave ADMIN_KEY"
              + " unset and the server generates one into its data directory (admin.key).");
    }
    return key;
  }

  private static String generate() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
