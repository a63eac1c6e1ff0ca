package org.gamepicker.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: the answers to writes sent with an {@code Idempotency-Key}, each stored in the transaction
 * of the write it answers, so that a retry finds it exactly when the write was committed.
 */
public interface StoredAnswers {

  /** How long an answer is kept at least: Stripe's 24 hours. */
  Duration KEPT_FOR = Duration.ofHours(24);

  /** An answer as it was sent: status, content type, location and body (null when none). */
  record StoredAnswer(
      String fingerprint, int status, String contentType, String location, String body) {}

  /**
   * Claims {@code requestKey} in the current transaction, before the write; false when a committed
   * transaction claimed it already (the claim waits for a concurrent one to end).
   */
  boolean claim(String requestKey, String fingerprint, Instant at);

  /** Stores the answer of the write that claimed {@code requestKey}, in the same transaction. */
  void answer(String requestKey, StoredAnswer answer);

  /** The committed answer for {@code requestKey}; empty when its write is not committed. */
  Optional<StoredAnswer> find(String requestKey);

  /** Deletes up to {@code limit} answers claimed before {@code before}; returns how many. */
  int pruneClaimedBefore(Instant before, int limit);
}
