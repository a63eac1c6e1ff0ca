package org.gamepicker.adapter.persistence.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamepicker.application.port.out.PlayedGamesLookup;
import org.gamepicker.domain.common.DomainException;

/**
 * The games a session played, read with native SQL from the sessions' tables (schema agreed in the
 * sessions migration): every game of the session except the ones marked skipped.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class JpaPlayedGamesLookup implements PlayedGamesLookup {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  public Optional<Set<Long>> gameIdsPlayedInSession(long sessionId) {
    List<?> session =
        entityManager
            .createNativeQuery("SELECT id FROM sessions WHERE id = ?1")
            .setParameter(1, sessionId)
            .getResultList();
    if (session.isEmpty()) {
      return Optional.empty();
    }
    List<?> gameIds =
        entityManager
            .createNativeQuery(
                "SELECT DISTINCT game_id FROM session_games"
                    + " WHERE session_id = ?1 AND status <> 'skipped'")
            .setParameter(1, sessionId)
            .getResultList();
    return Optional.of(
        gameIds.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet()));
  }
}
