package org.gamepicker.adapter.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** JPA row of the session_games table. */
@Entity
@Table(name = "session_games")
public class SessionGameJpaEntity {

  @Id Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  SessionJpaEntity session;

  @Column(name = "game_id", nullable = false)
  long gameId;

  @Column(name = "position", nullable = false)
  int position;

  @Column(name = "status", nullable = false)
  String status;

  @Column(name = "played_at", nullable = false)
  OffsetDateTime playedAt;

  @Column(name = "manually_added", nullable = false)
  boolean manuallyAdded;

  @Column(name = "room_code")
  String roomCode;

  @Column(name = "player_count")
  Integer playerCount;
}
