package org.gamepicker.adapter.persistence.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** JPA row of the games table. */
@Entity
@Table(name = "games")
public class GameJpaEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "pack_name", nullable = false)
  String packName;

  @Column(name = "title", nullable = false)
  String title;

  @Column(name = "min_players", nullable = false)
  int minPlayers;

  @Column(name = "max_players", nullable = false)
  int maxPlayers;

  @Column(name = "length_minutes")
  Integer lengthMinutes;

  @Column(name = "has_audience", nullable = false)
  boolean hasAudience;

  @Column(name = "family_friendly", nullable = false)
  boolean familyFriendly;

  @Column(name = "game_type")
  String gameType;

  @Column(name = "drawing", nullable = false)
  boolean drawing;

  @Column(name = "enabled", nullable = false)
  boolean enabled;

  @Column(name = "favor_bias", nullable = false)
  int favorBias;

  @Column(name = "play_count", nullable = false)
  int playCount;

  @Column(name = "upvotes", nullable = false)
  int upvotes;

  @Column(name = "downvotes", nullable = false)
  int downvotes;

  @Column(name = "created_at", nullable = false, updatable = false)
  OffsetDateTime createdAt;
}
