package org.gamepicker.application.port.in.vote;

import org.gamepicker.application.port.out.VoteRepository.VoteFilter;
import org.gamepicker.application.port.out.VoteRepository.VotePage;

/** Use case: lists votes, filtered and paginated. */
public interface ListVotesUseCase {

  /** Largest page. */
  int MAX_LIMIT = 500;

  /** The votes matching the filter, newest first; limit 1..500, offset at least 0. */
  VotePage list(VoteFilter filter, int limit, long offset);
}
