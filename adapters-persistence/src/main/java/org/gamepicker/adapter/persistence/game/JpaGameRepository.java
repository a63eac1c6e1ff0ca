package org.gamepicker.adapter.persistence.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamepicker.adapter.persistence.common.DatabaseProduct;
import org.gamepicker.adapter.persistence.common.VoteCounters;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.vote.Tally;

/** The game repository on the games table. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class JpaGameRepository implements GameRepository {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Inject CatalogCache cache;

  @Inject DatabaseProduct database;

  /**
   * Inside a transaction the row is locked until it ends (SELECT ... FOR UPDATE), so concurrent
   * read-change-save cycles on one game (votes, plays) queue up instead of losing updates.
   */
  @Override
  public Optional<Game> findById(long id) {
    LockModeType lock =
        entityManager.isJoinedToTransaction() ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE;
    return Optional.ofNullable(entityManager.find(GameJpaEntity.class, id, lock))
        .map(this::withTotals);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public Game save(Game game) {
    GameJpaEntity row;
    if (game.id() == null) {
      row = new GameJpaEntity();
      row.copyFrom(game);
      entityManager.persist(row);
    } else {
      row = entityManager.find(GameJpaEntity.class, game.id());
      if (row == null) {
        throw new NotFoundException("Game " + game.id() + " not found");
      }
      row.copyFrom(game);
    }
    entityManager.flush();
    cache.changed();
    return withTotals(row);
  }

  @Override
  public List<Game> findAll() {
    return cache.games(
        () -> {
          Map<Long, Tally> totals = VoteCounters.GAMES.totals(entityManager);
          return entityManager
              .createQuery("SELECT g FROM GameJpaEntity g ORDER BY g.id", GameJpaEntity.class)
              .getResultList()
              .stream()
              .map(row -> GameMapper.toDomain(row, totals.getOrDefault(row.id, Tally.NONE)))
              .toList();
        });
  }

  @Override
  public Optional<Game> findByPackAndTitle(String packName, String title) {
    return entityManager
        .createQuery(
            "SELECT g FROM GameJpaEntity g WHERE g.packName = :pack AND g.title = :title",
            GameJpaEntity.class)
        .setParameter("pack", packName)
        .setParameter("title", title)
        .getResultStream()
        .findFirst()
        .map(this::withTotals);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public VotedGame addVotes(long gameId, Tally change) {
    Object[] row =
        VoteCounters.GAMES
            .add(entityManager, database.dialect(), gameId, change, "o.title")
            .orElseThrow(() -> new NotFoundException("Game " + gameId + " not found"));
    cache.changed();
    return new VotedGame(gameId, (String) row[0], VoteCounters.tallyAtEnd(row));
  }

  /** The game of the row, with its totals added up from its counters. */
  private Game withTotals(GameJpaEntity row) {
    return GameMapper.toDomain(row, VoteCounters.GAMES.total(entityManager, row.id));
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void delete(long id) {
    GameJpaEntity row = entityManager.find(GameJpaEntity.class, id);
    if (row != null) {
      entityManager.remove(row);
      entityManager.flush();
      cache.changed();
    }
  }
}
