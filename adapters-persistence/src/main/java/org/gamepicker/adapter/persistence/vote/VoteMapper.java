package org.gamepicker.adapter.persistence.vote;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        instant(row[6]));
  }

  /** Copies what a vote may change (its side and time) onto its row. */
  static void copy(Vote vote, VoteJpaEntity row) {
    row.voteType = vote.type().wireName();
    row.votedAt = utc(vote.votedAt());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  /** A timestamp as the drivers return it (H2: OffsetDateTime; PostgreSQL: Timestamp). */
  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Timestamp time) {
      return time.toInstant();
    }
    return (Instant) value;
  }
}
