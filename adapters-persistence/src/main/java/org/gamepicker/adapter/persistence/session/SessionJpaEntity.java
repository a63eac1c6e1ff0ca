package org.gamepicker.adapter.persistence.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** JPA row of the sessions table with its games. */
@Entity
@Table(name = "sessions")
public class SessionJpaEntity {

  @Id Long id;

  @Column(name = "notes")
  String notes;

  @Column(name = "is_active", nullable = false)
  boolean active;

  @Column(name = "active_slot")
  Integer activeSlot;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "closed_at")
  OffsetDateTime closedAt;

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  List<SessionGameJpaEntity> games = new ArrayList<>();
}
