package org.gamepicker.adapter.persistence.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gamepicker.adapter.persistence.common.DatabaseProduct;
import org.gamepicker.adapter.persistence.common.NativeColumns;
import org.gamepicker.adapter.persistence.common.SqlDialect;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.vote.Tally;
import org.gamepicker.domain.vote.Vote;

/**
 * Votes in the votes table (joined with session_games for their session and game). Reads that
 * precede a change lock the vote rows ({@code FOR UPDATE}); new votes are inserted with JDBC on the
 * transaction's connection. The games' totals belong to the game repository.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
public class JpaVoteRepository implements VoteRepository {

  private static final String FROM_VOTES =
      " FROM votes v JOIN session_games sg ON sg.id = v.session_game_id";

  private static final String INSERT =
      "INSERT INTO votes (session_game_id, username, vote_type, voted_at) VALUES (?, ?, ?, ?)";

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Inject DatabaseProduct database;

  @Override
  public Optional<Vote> findForUpdate(long sessionGameId, String username) {
    List<?> locked =
        entityManager
            .createNativeQuery(
                "SELECT id FROM votes WHERE session_game_id = ?1 AND username = ?2 FOR UPDATE")
            .setParameter(1, sessionGameId)
            .setParameter(2, username)
            .getResultList();
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    return votes("v.id = ?1", List.of(VoteMapper.number(locked.get(0)))).stream().findFirst();
  }

  @Override
  public List<Vote> findBySessionForUpdate(long sessionId) {
    entityManager
        .createNativeQuery(
            "SELECT id FROM votes WHERE session_game_id IN"
                + " (SELECT id FROM session_games WHERE session_id = ?1) FOR UPDATE")
        .setParameter(1, sessionId)
        .getResultList();
    return votes("sg.session_id = ?1", List.of(sessionId));
  }

  @Override
  public List<Vote> saveAll(Collection<Vote> votes) {
    List<Vote> fresh = new ArrayList<>();
    List<Vote> saved = new ArrayList<>();
    try {
      for (Vote vote : votes) {
        if (vote.id() == null) {
          fresh.add(vote);
        } else {
          VoteJpaEntity row = entityManager.find(VoteJpaEntity.class, vote.id());
          if (row == null) {
            throw new NotFoundException("Vote " + vote.id() + " not found");
          }
          VoteMapper.copy(vote, row);
          saved.add(vote);
        }
      }
      entityManager.flush();
      saved.addAll(insert(fresh));
      return saved;
    } catch (PersistenceException e) {
      if (String.valueOf(rootMessage(e)).toLowerCase(Locale.ROOT).contains("uq_votes")) {
        throw new ConflictException(
            "Another vote of the same user on the same game was recorded at the same time;"
                + " try again");
      }
      throw e;
    }
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Map<Long, Tally> tallyBySessionGame(long sessionId) {
    return tallies("v.session_game_id", "sg.session_id", sessionId);
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public VotePage find(VoteFilter filter, int limit, long offset) {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (filter.sessionId() != null) {
      values.add(filter.sessionId());
      conditions.add("sg.session_id = ?" + values.size());
    }
    if (filter.gameId() != null) {
      values.add(filter.gameId());
      conditions.add("sg.game_id = ?" + values.size());
    }
    if (filter.username() != null) {
      values.add(filter.username());
      conditions.add("v.username = ?" + values.size());
    }
    String where = conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    Query count =
        entityManager.createNativeQuery("SELECT COUNT(*)" + FROM_VOTES + " WHERE " + where);
    bind(count, values);
    long total = VoteMapper.number(count.getSingleResult());
    List<Object> paged = new ArrayList<>(values);
    paged.add(limit);
    paged.add(offset);
    String page =
        where
            + " ORDER BY v.voted_at DESC, v.id DESC LIMIT ?"
            + (values.size() + 1)
            + " OFFSET ?"
            + (values.size() + 2);
    return new VotePage(votes(page, paged), total);
  }

  @Override
  public Map<Long, Tally> discardForSessionGames(Collection<Long> sessionGameIds) {
    Map<Long, Tally> discarded = new HashMap<>();
    for (Long sessionGameId : sessionGameIds) {
      entityManager
          .createNativeQuery("SELECT id FROM session_games WHERE id = ?1 FOR UPDATE")
          .setParameter(1, sessionGameId)
          .getResultList();
      Map<Long, Tally> removed = tallies("sg.game_id", "v.session_game_id", sessionGameId);
      entityManager
          .createNativeQuery("DELETE FROM votes WHERE session_game_id = ?1")
          .setParameter(1, sessionGameId)
          .executeUpdate();
      removed.forEach((gameId, tally) -> discarded.merge(gameId, tally, Tally::plus));
    }
    return discarded;
  }

  /**
   * Up and down votes counted per {@code key} column, over the votes whose {@code column} equals
   * {@code value}.
   */
  private Map<Long, Tally> tallies(String key, String column, long value) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT "
                    + key
                    + ", SUM(CASE WHEN v.vote_type = 'up' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN v.vote_type = 'down' THEN 1 ELSE 0 END)"
                    + FROM_VOTES
                    + " WHERE "
                    + column
                    + " = ?1 GROUP BY "
                    + key)
            .setParameter(1, value)
            .getResultList();
    Map<Long, Tally> tallies = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      tallies.put(
          VoteMapper.number(columns[0]),
          new Tally(((Number) columns[1]).intValue(), ((Number) columns[2]).intValue()));
    }
    return tallies;
  }

  private List<Vote> votes(String where, List<Object> values) {
    Query query =
        entityManager.createNativeQuery(
            "SELECT " + VoteMapper.COLUMNS + FROM_VOTES + " WHERE " + where);
    bind(query, values);
    List<Vote> votes = new ArrayList<>();
    for (Object row : query.getResultList()) {
      votes.add(VoteMapper.toDomain((Object[]) row));
    }
    return votes;
  }

  /**
   * Inserts new votes on the transaction's own connection (EclipseLink binds native query arguments
   * in quadratic time), several as one JDBC batch, and returns them with the ids the database gave
   * them.
   */
  private List<Vote> insert(List<Vote> fresh) {
    if (fresh.isEmpty()) {
      return List.of();
    }
    Connection connection = entityManager.unwrap(Connection.class);
    try {
      if (fresh.size() == 1 && database.dialect() == SqlDialect.POSTGRESQL) {
        return insertOne(connection, fresh.get(0));
      }
      try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
        if (fresh.size() == 1) {
          bind(insert, fresh.get(0));
          insert.executeUpdate();
        } else {
          for (Vote vote : fresh) {
            bind(insert, vote);
            insert.addBatch();
          }
          insert.executeBatch();
        }
        try (ResultSet ids = insert.getGeneratedKeys()) {
          return withIds(fresh, ids);
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("Could not insert votes: " + e.getMessage(), e);
    }
  }

  /**
   * One vote on PostgreSQL, the live case: {@code RETURNING} in a plain statement, which the data
   * source's statement cache keeps prepared (one asking for generated keys was parsed again at
   * every vote, and as a batch it cost the driver a second round trip).
   */
  private static List<Vote> insertOne(Connection connection, Vote vote) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT + " RETURNING id")) {
      bind(insert, vote);
      try (ResultSet ids = insert.executeQuery()) {
        return withIds(List.of(vote), ids);
      }
    }
  }

  private static List<Vote> withIds(List<Vote> fresh, ResultSet ids) throws SQLException {
    List<Vote> stored = new ArrayList<>();
    for (Vote vote : fresh) {
      if (!ids.next()) {
        throw new PersistenceException("The database returned fewer vote ids than votes");
      }
      stored.add(
          Vote.restore(
              ids.getLong(1),
              vote.sessionId(),
              vote.sessionGameId(),
              vote.gameId(),
              vote.username(),
              vote.type(),
              vote.votedAt()));
    }
    return stored;
  }

  private static void bind(PreparedStatement insert, Vote vote) throws SQLException {
    insert.setLong(1, vote.sessionGameId());
    insert.setString(2, vote.username());
    insert.setString(3, vote.type().wireName());
    insert.setObject(4, NativeColumns.utc(vote.votedAt()));
  }

  private static void bind(Query query, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
  }

  private static String rootMessage(Throwable thrown) {
    Throwable cause = thrown;
    StringBuilder messages = new StringBuilder();
    while (cause != null) {
      messages.append(cause.getMessage()).append(' ');
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    return messages.toString();
  }
}
