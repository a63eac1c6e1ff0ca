package org.gamepicker.adapter.persistence.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * JPA row of a webhook; {@code events} is a comma-separated list of event types. {@code deleted} is
 * set by the delete (and never written from a domain object), until the row is pruned.
 */
@Entity
@Table(name = "webhook")
public class WebhookJpaEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String name;

  @Column(nullable = false)
  String url;

  @Column(nullable = false)
  String events;

  @Column(nullable = false)
  boolean enabled;

  @Column(nullable = false)
  String secret;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(insertable = false, updatable = false)
  boolean deleted;
}
