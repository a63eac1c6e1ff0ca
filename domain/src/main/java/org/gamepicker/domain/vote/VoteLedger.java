package org.gamepicker.domain.vote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gamepicker.domain.session.SessionGame;

/**
 * The counted votes of some users on some session games, to which new votes are applied one by one
 * under the {@link Vote} rule (one counted vote per user per session game). Starts from the stored
 * votes and remembers what changed: the votes to store and the change to each session game's
 * counts.
 */
public final class VoteLedger {

  private record Key(long sessionGameId, String username) {}

  private final Map<Key, Vote> votes = new HashMap<>();
  private final Set<Vote> changed = new LinkedHashSet<>();
  private final Map<Long, Tally> changes = new LinkedHashMap<>();

  public VoteLedger(Collection<Vote> stored) {
    stored.forEach(vote -> votes.put(new Key(vote.sessionGameId(), vote.username()), vote));
  }

  /** Applies a user's vote on a session game of a session, cast at an instant. */
  public VoteOutcome record(
      long sessionId, SessionGame game, String username, VoteType type, Instant at) {
    String name = Vote.username(username);
    Key key = new Key(game.id(), name);
    Vote counted = votes.get(key);
    VoteOutcome outcome;
    if (counted == null) {
      counted = Vote.cast(sessionId, game.id(), game.gameId(), name, type, at);
      votes.put(key, counted);
      outcome = VoteOutcome.COUNTED;
    } else {
      outcome = counted.recast(type, at);
    }
    if (outcome.changed()) {
      changed.add(counted);
      changes.merge(game.id(), outcome.change(type), Tally::plus);
    }
    return outcome;
  }

  /** The user's counted vote on a session game, if any. */
  public Optional<Vote> vote(long sessionGameId, String username) {
    return Optional.ofNullable(votes.get(new Key(sessionGameId, username)));
  }

  /** The votes created or switched so far (new ones have no id), to be stored. */
  public List<Vote> changedVotes() {
    return new ArrayList<>(changed);
  }

  /** The change to each session game's counts so far, by session game id, first changed first. */
  public Map<Long, Tally> changesBySessionGame() {
    return new LinkedHashMap<>(changes);
  }
}
