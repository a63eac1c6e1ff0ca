package org.gamepicker.adapter.persistence.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** JPA row of the durable event log; {@code data} holds the event's JSON data member. */
@Entity
@Table(name = "event_log")
public class EventLogJpaEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "event_type", nullable = false)
  String eventType;

  @Column(name = "session_id")
  Long sessionId;

  @Column(name = "occurred_at", nullable = false)
  OffsetDateTime occurredAt;

  @Column(name = "data", nullable = false)
  String data;
}
