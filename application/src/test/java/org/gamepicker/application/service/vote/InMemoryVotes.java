package org.gamepicker.application.service.vote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.vote.Tally;
import org.gamepicker.domain.vote.Vote;

/** Fake vote repository: keeps copies of votes. */
public class InMemoryVotes implements VoteRepository {

  private final Map<Long, Vote> byId = new TreeMap<>();
  private long nextId = 1;
  public int saveCalls;

  public List<Vote> all() {
    return byId.values().stream().map(InMemoryVotes::copy).toList();
  }

  @Override
  public Optional<Vote> findForUpdate(long sessionGameId, String username) {
    return byId.values().stream()
        .filter(v -> v.sessionGameId() == sessionGameId && v.username().equals(username))
        .findFirst()
        .map(InMemoryVotes::copy);
  }

  @Override
  public List<Vote> findBySessionForUpdate(long sessionId) {
    return byId.values().stream()
        .filter(v -> v.sessionId() == sessionId)
        .map(InMemoryVotes::copy)
        .toList();
  }

  @Override
  public List<Vote> saveAll(Collection<Vote> votes) {
    saveCalls++;
    List<Vote> saved = new ArrayList<>();
    for (Vote vote : votes) {
      if (vote.id() == null) {
        if (findForUpdate(vote.sessionGameId(), vote.username()).isPresent()) {
          throw new ConflictException("duplicate vote row");
        }
        long id = nextId++;
        byId.put(id, restore(id, vote));
        saved.add(restore(id, vote));
      } else {
        byId.put(vote.id(), copy(vote));
        saved.add(copy(vote));
      }
    }
    return saved;
  }

  @Override
  public Map<Long, Tally> tallyBySessionGame(long sessionId) {
    Map<Long, Tally> tallies = new HashMap<>();
    byId.values().stream()
        .filter(v -> v.sessionId() == sessionId)
        .forEach(v -> tallies.merge(v.sessionGameId(), Tally.of(v.type()), Tally::plus));
    return tallies;
  }

  @Override
  public VotePage find(VoteFilter filter, int limit, long offset) {
    List<Vote> matching =
        byId.values().stream()
            .filter(v -> filter.sessionId() == null || v.sessionId() == filter.sessionId())
            .filter(v -> filter.gameId() == null || v.gameId() == filter.gameId())
            .filter(v -> filter.username() == null || v.username().equals(filter.username()))
            .sorted(Comparator.comparing(Vote::votedAt).thenComparing(Vote::id).reversed())
            .toList();
    return new VotePage(
        matching.stream().skip(offset).limit(limit).map(InMemoryVotes::copy).toList(),
        matching.size());
  }

  @Override
  public Map<Long, Tally> discardForSessionGames(Collection<Long> sessionGameIds) {
    Map<Long, Tally> discarded = new HashMap<>();
    for (Vote vote : new ArrayList<>(byId.values())) {
      if (sessionGameIds.contains(vote.sessionGameId())) {
        discarded.merge(vote.gameId(), Tally.of(vote.type()), Tally::plus);
        byId.remove(vote.id());
      }
    }
    return discarded;
  }

  private static Vote copy(Vote v) {
    return restore(v.id(), v);
  }

  private static Vote restore(long id, Vote v) {
    return Vote.restore(
        id, v.sessionId(), v.sessionGameId(), v.gameId(), v.username(), v.type(), v.votedAt());
  }
}
