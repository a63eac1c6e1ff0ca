package org.gamepicker.adapter.persistence.poll;

import static org.gamepicker.adapter.persistence.common.NativeColumns.instant;
import static org.gamepicker.adapter.persistence.common.NativeColumns.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.port.out.PollRepository;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.poll.Ballot;
import org.gamepicker.domain.poll.BallotChange;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollCandidate;

/**
 * Polls in the polls, poll_candidates and poll_ballots tables, read and written natively: the
 * ballot counters move in single updates, and a closing poll locks its candidates' rows.
 */
@ApplicationScoped
public class JpaPollRepository implements PollRepository {

  private static final String POLL_COLUMNS =
      "id, session_id, opened_at, closes_at, closed_at, winner_choice";
  private static final String CANDIDATE_COLUMNS =
      "choice, game_id, title, pack_name, weight, ballots";

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public long nextPollId() {
    return ((Number)
            entityManager.createNativeQuery("SELECT nextval('poll_ids')").getSingleResult())
        .longValue();
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void add(Poll poll) {
    try {
      entityManager
          .createNativeQuery(
              "INSERT INTO polls (id, session_id, open_session_id, opened_at, closes_at)"
                  + " VALUES (?1, ?2, ?2, ?3, ?4)")
          .setParameter(1, poll.id())
          .setParameter(2, poll.sessionId())
          .setParameter(3, utc(poll.openedAt()))
          .setParameter(4, utc(poll.closesAt()))
          .executeUpdate();
    } catch (PersistenceException e) {
      throw new ConflictException(
          "Session " + poll.sessionId() + " already has an open poll; close it first");
    }
    for (PollCandidate candidate : poll.candidates()) {
      entityManager
          .createNativeQuery(
              "INSERT INTO poll_candidates (poll_id, choice, game_id, title, pack_name, weight)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, poll.id())
          .setParameter(2, candidate.choice())
          .setParameter(3, candidate.gameId())
          .setParameter(4, candidate.title())
          .setParameter(5, candidate.packName())
          .setParameter(6, candidate.weight())
          .executeUpdate();
    }
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<Poll> findById(long id) {
    return find(id, "");
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public Optional<Poll> findByIdForUpdate(long id) {
    return find(id, " FOR UPDATE");
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public List<Poll> findInSession(long sessionId) {
    return ids("SELECT id FROM polls WHERE session_id = ?1 ORDER BY id DESC", sessionId).stream()
        .flatMap(id -> findById(id).stream())
        .toList();
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<Poll> findOpenInSession(long sessionId) {
    return ids("SELECT id FROM polls WHERE open_session_id = ?1", sessionId).stream()
        .findFirst()
        .flatMap(this::findById);
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public List<Long> findDueToClose(Instant now) {
    return ids(
        "SELECT id FROM polls WHERE closed_at IS NULL AND closes_at <= ?1 ORDER BY closes_at, id",
        utc(now));
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public Optional<Ballot> findBallotForUpdate(long pollId, String username) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT choice, cast_at FROM poll_ballots WHERE poll_id = ?1 AND username = ?2"
                    + " FOR UPDATE")
            .setParameter(1, pollId)
            .setParameter(2, username)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(row -> new Ballot(pollId, username, number(row[0]), instant(row[1])))
        .findFirst();
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public List<Integer> count(BallotChange change) {
    Ballot ballot = change.ballot();
    long pollId = ballot.pollId();
    storeBallot(change);
    TreeMap<Integer, Integer> moves = new TreeMap<>();
    change.movedFrom().ifPresent(from -> moves.merge(from, -1, Integer::sum));
    moves.merge(ballot.choice(), 1, Integer::sum);
    // Lowest choice first, as a closing poll locks them: no two transactions wait for each other.
    moves.forEach(
        (choice, delta) ->
            entityManager
                .createNativeQuery(
                    "UPDATE poll_candidates SET ballots = ballots + ?1"
                        + " WHERE poll_id = ?2 AND choice = ?3")
                .setParameter(1, delta)
                .setParameter(2, pollId)
                .setParameter(3, choice)
                .executeUpdate());
    // Read after the counters' locks: a poll closed meanwhile is seen closed here.
    List<?> closed =
        entityManager
            .createNativeQuery("SELECT closed_at FROM polls WHERE id = ?1")
            .setParameter(1, pollId)
            .getResultList();
    if (closed.isEmpty() || closed.get(0) != null) {
      throw new ConflictException("Poll " + pollId + " is closed and takes no more ballots");
    }
    return entityManager
        .createNativeQuery("SELECT ballots FROM poll_candidates WHERE poll_id = ?1 ORDER BY choice")
        .setParameter(1, pollId)
        .getResultList()
        .stream()
        .map(JpaPollRepository::number)
        .toList();
  }

  private void storeBallot(BallotChange change) {
    Ballot ballot = change.ballot();
    if (change.movedFrom().isPresent()) {
      entityManager
          .createNativeQuery(
              "UPDATE poll_ballots SET choice = ?1, cast_at = ?2 WHERE poll_id = ?3 AND username = ?4")
          .setParameter(1, ballot.choice())
          .setParameter(2, utc(ballot.castAt()))
          .setParameter(3, ballot.pollId())
          .setParameter(4, ballot.username())
          .executeUpdate();
      return;
    }
    try {
      entityManager
          .createNativeQuery(
              "INSERT INTO poll_ballots (poll_id, username, choice, cast_at)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, ballot.pollId())
          .setParameter(2, ballot.username())
          .setParameter(3, ballot.choice())
          .setParameter(4, utc(ballot.castAt()))
          .executeUpdate();
    } catch (PersistenceException e) {
      throw new ConflictException(
          ballot.username()
              + "'s ballot in poll "
              + ballot.pollId()
              + " was counted at the same moment; send it again to move it");
    }
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void saveClosed(Poll poll) {
    int updated =
        entityManager
            .createNativeQuery(
                "UPDATE polls SET closed_at = ?1, winner_choice = ?2, open_session_id = NULL"
                    + " WHERE id = ?3 AND closed_at IS NULL")
            .setParameter(1, utc(poll.closedAt()))
            .setParameter(2, poll.winner().orElseThrow().choice())
            .setParameter(3, poll.id())
            .executeUpdate();
    if (updated == 0) {
      if (findById(poll.id()).isEmpty()) {
        throw new NotFoundException("Poll " + poll.id() + " not found");
      }
      throw new ConflictException("Poll " + poll.id() + " is already closed");
    }
  }

  private Optional<Poll> find(long id, String lock) {
    List<?> polls =
        entityManager
            .createNativeQuery("SELECT " + POLL_COLUMNS + " FROM polls WHERE id = ?1" + lock)
            .setParameter(1, id)
            .getResultList();
    if (polls.isEmpty()) {
      return Optional.empty();
    }
    Object[] poll = (Object[]) polls.get(0);
    List<PollCandidate> candidates = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (Object row :
        entityManager
            .createNativeQuery(
                "SELECT "
                    + CANDIDATE_COLUMNS
                    + " FROM poll_candidates WHERE poll_id = ?1 ORDER BY choice"
                    + lock)
            .setParameter(1, id)
            .getResultList()) {
      Object[] candidate = (Object[]) row;
      candidates.add(
          new PollCandidate(
              number(candidate[0]),
              ((Number) candidate[1]).longValue(),
              (String) candidate[2],
              (String) candidate[3],
              ((Number) candidate[4]).doubleValue()));
      counts.add(number(candidate[5]));
    }
    return Optional.of(
        Poll.restore(
            ((Number) poll[0]).longValue(),
            ((Number) poll[1]).longValue(),
            candidates,
            counts,
            instant(poll[2]),
            instant(poll[3]),
            poll[4] == null ? null : instant(poll[4]),
            poll[5] == null ? null : number(poll[5])));
  }

  private List<Long> ids(String query, Object parameter) {
    return entityManager
        .createNativeQuery(query)
        .setParameter(1, parameter)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }
}
