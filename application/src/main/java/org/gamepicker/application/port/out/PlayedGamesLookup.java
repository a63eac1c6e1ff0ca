package org.gamepicker.application.port.out;

import java.util.Optional;
import java.util.Set;

/** Port: which games a game-night session has already played (for the picker's exclusion). */
public interface PlayedGamesLookup {

  /** The ids of the games played (or playing) in the session; empty when there is no session. */
  Optional<Set<Long>> gameIdsPlayedInSession(long sessionId);
}
