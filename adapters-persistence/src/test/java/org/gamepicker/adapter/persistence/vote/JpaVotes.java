package org.gamepicker.adapter.persistence.vote;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.VoteRepository;

/** The JPA vote repository on a contract test's database, for the contract tests. */
public final class JpaVotes {

  private JpaVotes() {}

  public static VoteRepository on(JpaContractDatabase database) {
    JpaVoteRepository votes = new JpaVoteRepository();
    votes.entityManager = database.entityManager();
    votes.database = database.product();
    return database.transactional(VoteRepository.class, votes);
  }
}
