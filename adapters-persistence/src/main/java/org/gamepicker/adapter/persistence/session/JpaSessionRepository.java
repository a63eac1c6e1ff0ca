package org.gamepicker.adapter.persistence.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gamepicker.adapter.persistence.common.DatabaseProduct;
import org.gamepicker.adapter.persistence.common.VoteCounters;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.vote.Tally;

/** Sessions and their games in the sessions and session_games tables. */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Inject DatabaseProduct database;

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<Session> findById(long id) {
    return withGames("s.id = :id", "id", id);
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<Session> findActive() {
    // Read natively, into no entities: every vote reads it, and the persistence context would
    // otherwise copy each row and compare the copies at every later statement of the transaction.
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT "
                    + SessionMapper.COLUMNS
                    + " FROM sessions s LEFT JOIN session_games g ON g.session_id = s.id"
                    + " WHERE s.is_active ORDER BY g.position")
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(SessionMapper.fromRows(rows));
  }

  /** The one session matching the condition, read with its games in one query. */
  private Optional<Session> withGames(String condition, String parameter, Object value) {
    return entityManager
        .createQuery(
            "SELECT DISTINCT s FROM SessionJpaEntity s LEFT JOIN FETCH s.games WHERE " + condition,
            SessionJpaEntity.class)
        .setParameter(parameter, value)
        .getResultStream()
        .findFirst()
        .map(SessionMapper::toDomain);
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public List<Session> findAllNewestFirst() {
    return entityManager
        .createQuery(
            "SELECT s FROM SessionJpaEntity s ORDER BY s.createdAt DESC, s.id DESC",
            SessionJpaEntity.class)
        .getResultStream()
        .map(SessionMapper::toDomain)
        .toList();
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public long nextSessionId() {
    return nextValue("session_ids");
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public long nextSessionGameId() {
    return nextValue("session_game_ids");
  }

  /** The next value of a sequence: {@code nextval} is PostgreSQL's, and H2's in its mode. */
  private long nextValue(String sequence) {
    return ((Number)
            entityManager.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult())
        .longValue();
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void add(Session session) {
    SessionJpaEntity row = new SessionJpaEntity();
    SessionMapper.copy(session, row);
    entityManager.persist(row);
    flush(session);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void save(Session session) {
    SessionJpaEntity row = entityManager.find(SessionJpaEntity.class, session.id());
    if (row == null) {
      throw new NotFoundException("Session " + session.id() + " not found");
    }
    SessionMapper.copy(session, row);
    flush(session);
  }

  /** Writes now, so that a second active session is refused as a conflict here. */
  private void flush(Session session) {
    try {
      entityManager.flush();
    } catch (PersistenceException e) {
      if (session.active()) {
        throw new ConflictException("Another session is already active; close it first");
      }
      throw e;
    }
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void delete(long id) {
    SessionJpaEntity row = entityManager.find(SessionJpaEntity.class, id);
    if (row != null) {
      entityManager.remove(row);
      entityManager.flush();
    }
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public Tally addVotes(long sessionGameId, Tally change) {
    Object[] row =
        VoteCounters.PLAYS
            .add(entityManager, database.dialect(), sessionGameId, change, "")
            .orElseThrow(
                () -> new NotFoundException("Session game " + sessionGameId + " not found"));
    return VoteCounters.tallyAtEnd(row);
  }
}
