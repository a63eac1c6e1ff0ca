package org.gamepicker.application.fakes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.vote.Tally;

/**
 * In-memory fake of the session repository, shared by the use-case tests: assigns ids and, like the
 * database, allows one active session.
 */
public class InMemorySessionRepository implements SessionRepository {
  private final Map<Long, Session> byId = new TreeMap<>();
  private long nextId = 1;
  private long nextGameId = 100;
  private final Map<Long, Tally> playCounts = new HashMap<>();

  @Override
  public Optional<Session> findById(long id) {
    return Optional.ofNullable(byId.get(id)).map(InMemorySessionRepository::copy);
  }

  @Override
  public Optional<Session> findActive() {
    return byId.values().stream()
        .filter(Session::active)
        .findFirst()
        .map(InMemorySessionRepository::copy);
  }

  @Override
  public List<Session> findAllNewestFirst() {
    return byId.values().stream()
        .sorted(Comparator.comparing(Session::createdAt).thenComparing(Session::id).reversed())
        .map(InMemorySessionRepository::copy)
        .toList();
  }

  @Override
  public long nextSessionId() {
    return nextId++;
  }

  @Override
  public long nextSessionGameId() {
    return nextGameId++;
  }

  @Override
  public void add(Session session) {
    put(session);
  }

  @Override
  public void save(Session session) {
    if (!byId.containsKey(session.id())) {
      throw new NotFoundException("Session " + session.id() + " not found");
    }
    put(session);
  }

  private void put(Session session) {
    long id = session.id();
    if (session.active() && byId.values().stream().anyMatch(s -> s.active() && s.id() != id)) {
      throw new ConflictException("Another session is already active");
    }
    byId.put(id, copy(session));
  }

  @Override
  public void delete(long id) {
    byId.remove(id);
  }

  @Override
  public Tally addVotes(long sessionGameId, Tally change) {
    boolean stored =
        byId.values().stream()
            .flatMap(session -> session.games().stream())
            .anyMatch(game -> game.id() == sessionGameId);
    if (!stored) {
      throw new NotFoundException("Session game " + sessionGameId + " not found");
    }
    return playCounts.merge(sessionGameId, change, Tally::plus);
  }

  /** Hands out separate instances, as a database would. */
  private static Session copy(Session s) {
    return Session.restore(s.id(), s.notes(), s.active(), s.createdAt(), s.closedAt(), s.games());
  }
}
