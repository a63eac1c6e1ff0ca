package org.gamepicker.adapter.persistence.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;

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

  @Column(name = "created_at", nullable = false, updatable = false)
  OffsetDateTime createdAt;

  /**
   * Copies the game onto the row: every column but the id (the vote totals are not in the row but
   * in counter slots, moved only by atomic updates).
   */
  void copyFrom(Game game) {
    GameDetails details = game.details();
    this.packName = details.packName();
    this.title = details.title();
    this.minPlayers = details.minPlayers();
    this.maxPlayers = details.maxPlayers();
    this.lengthMinutes = details.lengthMinutes();
    this.hasAudience = details.hasAudience();
    this.familyFriendly = details.familyFriendly();
    this.gameType = details.gameType();
    this.drawing = details.drawing();
    this.enabled = game.enabled();
    this.favorBias = game.favorBias().value();
    this.playCount = game.playCount();
    this.createdAt = game.createdAt().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
  }
}
