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
 * The admin key: ADMIN_KEY when configured, else one generated on first start and kept in the data
 * directory (the log says where).
 */
@ApplicationScoped
public class ConfiguredAdminKey implements AdminKey {

  static final String FILE_NAME = "admin.key";
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

  private static String generate() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
