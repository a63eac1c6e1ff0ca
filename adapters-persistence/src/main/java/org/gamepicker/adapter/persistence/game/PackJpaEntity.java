package org.gamepicker.adapter.persistence.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gamepicker.domain.game.Pack;

/** JPA row of the packs table. */
@Entity
@Table(name = "packs")
public class PackJpaEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "name", nullable = false, updatable = false)
  String name;

  @Column(name = "enabled", nullable = false)
  boolean enabled;

  @Column(name = "favor_bias", nullable = false)
  int favorBias;

  /** Copies the pack onto this row. */
  void copyFrom(Pack pack) {
    this.name = pack.name();
    this.enabled = pack.enabled();
    this.favorBias = pack.favorBias().value();
  }
}
