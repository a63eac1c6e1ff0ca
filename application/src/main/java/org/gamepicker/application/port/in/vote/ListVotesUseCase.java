package org.gamepicker.application.port.in.vote;

import java.util.List;
import org.gamepicker.application.port.out.VoteRepository.VoteFilter;
import org.gamepicker.application.port.out.VoteRepository.VotePage;
import org.gamepicker.domain.vote.Vote;

/** Use case: lists votes, filtered and paginated, or all of a session. */
public interface ListVotesUseCase {

  /** Largest page. */
  int MAX_LIMIT = 500;

  /** The votes matching the filter, newest first; limit 1..500, offset at least 0. */
  VotePage list(VoteFilter filter, int limit, long offset);

  /** Every vote of a session, oldest first (for its export). */
  List<Vote> ofSession(long sessionId);
}
