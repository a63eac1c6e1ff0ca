package org.gamepicker.adapter.persistence.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** JPA row of the votes table. */
@Entity
@Table(name = "votes")
public class VoteJpaEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "session_game_id", nullable = false, updatable = false)
  long sessionGameId;

  @Column(name = "username", nullable = false, updatable = false)
  String username;

  @Column(name = "vote_type", nullable = false)
  String voteType;

  @Column(name = "voted_at", nullable = false)
  OffsetDateTime votedAt;
}
