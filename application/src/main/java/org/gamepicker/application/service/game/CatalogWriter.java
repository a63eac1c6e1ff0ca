package org.gamepicker.application.service.game;

import java.time.Instant;
import java.util.Objects;
import org.gamepicker.application.port.in.game.GameDraft;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.Pack;

/**
 * Writes games the way every catalog use case must: a title is unique within its pack, a game's
 * pack exists (created enabled and neutral on its first game), and every change is published as a
 * catalog event in the same transaction.
 */
final class CatalogWriter {

  private final GameRepository games;
  private final PackRepository packs;
  private final EventPublisher events;
  private final TimeSource time;

  CatalogWriter(
      GameRepository games, PackRepository packs, EventPublisher events, TimeSource time) {
    this.games = games;
    this.packs = packs;
    this.events = events;
    this.time = time;
  }

  /** A new game from the draft. */
  static Game newGame(GameDraft draft, Instant now) {
    return applyDraft(Game.create(draft.details(), now), draft);
  }

  /** The game with the draft's details, and its enabled flag and bias where the draft has them. */
  static Game applyDraft(Game game, GameDraft draft) {
    Game changed = game.withDetails(draft.details());
    if (draft.enabled() != null) {
      changed = changed.withEnabled(draft.enabled());
    }
    if (draft.favorBias() != null) {
      changed = changed.withFavorBias(draft.favorBias());
    }
    return changed;
  }

  /** Stores the game after checking its title is free in its pack; creates the pack if new. */
  Game store(Game game) {
    games
        .findByPackAndTitle(game.packName(), game.title())
        .filter(other -> !Objects.equals(other.id(), game.id()))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "A game titled '"
                      + game.title()
                      + "' already exists in pack '"
                      + game.packName()
                      + "' (id "
                      + other.id()
                      + ")");
            });
    if (packs.findByName(game.packName()).isEmpty()) {
      packs.save(Pack.named(game.packName()));
    }
    return game.id() == null ? create(game) : update(game);
  }

  /** Stores a change of a stored game that keeps its title and pack. */
  Game update(Game game) {
    Game saved = games.save(game);
    events.publish(saved.updated(time.now()));
    return saved;
  }

  /** Deletes a stored game. */
  void delete(Game game) {
    games.delete(game.id());
    events.publish(game.deleted(time.now()));
  }

  private Game create(Game game) {
    Game saved = games.save(game);
    events.publish(saved.created(time.now()));
    return saved;
  }
}
