package org.gamepicker.application.service.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gamepicker.application.port.in.vote.ListVotesUseCase;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.application.port.out.VoteRepository.VoteFilter;
import org.gamepicker.application.port.out.VoteRepository.VotePage;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.vote.Vote;

/** Lists votes, filtered and paginated, or all of a session. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class ListVotesService implements ListVotesUseCase {

  private VoteRepository votes;

  protected ListVotesService() {}

  @Inject
  public ListVotesService(VoteRepository votes) {
    this.votes = votes;
  }

  @Override
  public VotePage list(VoteFilter filter, int limit, long offset) {
    Require.that(
        limit >= 1 && limit <= MAX_LIMIT, "limit", "limit must be between 1 and " + MAX_LIMIT);
    Require.that(offset >= 0, "offset", "offset must not be negative");
    return votes.find(filter, limit, offset);
  }

  @Override
  public List<Vote> ofSession(long sessionId) {
    List<Vote> newestFirst =
        new ArrayList<>(
            votes.find(new VoteFilter(sessionId, null, null), Integer.MAX_VALUE, 0).votes());
    Collections.reverse(newestFirst);
    return newestFirst;
  }
}
