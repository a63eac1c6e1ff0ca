package org.gamepicker.adapter.rest.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.gamepicker.domain.common.InvalidValueException;

/**
 * The value of an {@code Idempotency-Key} header: a Structured Field string as the IETF draft
 * writes it ({@code "8e03978e-..."}) or a bare token as Stripe's clients send it; 1 to {@link
 * #MAX_LENGTH} visible ASCII characters.
 */
public record IdempotencyKey(String value) {

  public static final String HEADER = "Idempotency-Key";
  static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    if (value.isEmpty()
        || value.length() > MAX_LENGTH
        || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\')) {
      throw new InvalidValueException(
          HEADER,
          HEADER
              + " must be 1 to "
              + MAX_LENGTH
              + " visible ASCII characters (a UUID, say), optionally in double quotes");
    }
  }

  /** The key a header value names; empty when there is no header. */
  public static Optional<IdempotencyKey> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String value = header.strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    return Optional.of(new IdempotencyKey(value));
  }

  /** The key of the stored answer: this key, for this caller, method and path (SHA-256, hex). */
  public String scopedTo(String caller, String method, String path) {
    return sha256(
        (caller + "\n" + method + "\n" + path + "\n" + value).getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of {@code bytes}, hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
