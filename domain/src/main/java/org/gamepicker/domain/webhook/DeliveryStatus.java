package org.gamepicker.domain.webhook;

/** Where a delivery stands: waiting for its next attempt, delivered, or given up. */
public enum DeliveryStatus {
  PENDING,
  SUCCEEDED,
  FAILED
}
