package org.gamepicker.adapter.persistence.vote;

import org.gamepicker.adapter.persistence.common.NativeColumns;
import org.gamepicker.domain.vote.Vote;
import org.gamepicker.domain.vote.VoteType;

/** Maps votes between the domain, their JPA rows and native query rows. */
final class VoteMapper {

  /** The columns {@link #toDomain(Object[])} reads, over votes v joined with session_games sg. */
  static final String COLUMNS =
      "v.id, sg.session_id, v.session_game_id, sg.game_id, v.username, v.vote_type, v.voted_at";

  private VoteMapper() {}

  static Vote toDomain(Object[] row) {
    return Vote.restore(
        number(row[0]),
        number(row[1]),
        number(row[2]),
        number(row[3]),
        (String) row[4],
        VoteType.fromWire((String) row[5]),
        NativeColumns.instant(row[6]));
  }

  /** Copies what a vote may change (its side and time) onto its row. */
  static void copy(Vote vote, VoteJpaEntity row) {
    row.voteType = vote.type().wireName();
    row.votedAt = NativeColumns.utc(vote.votedAt());
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }
}
