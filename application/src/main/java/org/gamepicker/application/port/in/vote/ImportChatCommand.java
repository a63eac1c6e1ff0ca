package org.gamepicker.application.port.in.vote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.InvalidValuesException;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.poll.ChatBallot;
import org.gamepicker.domain.vote.ChatVote;
import org.gamepicker.domain.vote.Vote;

/**
 * Command: import a session's chat log; every entry must be well formed, or nothing is applied. It
 * holds how many messages the log has and, of them, the ones that cast a vote or a poll ballot
 * ({@code !vote N}) in {@code votes}: the others change nothing, so a log read entry by entry
 * ({@link Builder}) is never held whole.
 */
public record ImportChatCommand(long sessionId, int messages, List<ChatLine> votes) {

  /** Most malformed entries named in one error report. */
  static final int MAX_REPORTED = 100;

  public ImportChatCommand {
    votes = List.copyOf(Require.present(votes, "chat_data"));
  }

  /** The command for a log given whole; see {@link Builder#add}. */
  public static ImportChatCommand of(long sessionId, List<RawChatLine> raw) {
    Require.present(raw, "chat_data");
    Builder builder = new Builder(sessionId);
    raw.forEach(builder::add);
    return builder.build();
  }

  /** Validates a chat log's entries as they are read, keeping only the votes and ballots. */
  public static final class Builder {

    private final long sessionId;
    private final List<ChatLine> votes = new ArrayList<>();
    private final List<InvalidValuesException.Problem> reported = new ArrayList<>();
    private int problems;
    private int messages;

    public Builder(long sessionId) {
      this.sessionId = sessionId;
    }

    /**
     * Validates the next entry (username non-blank, message present, timestamp ISO 8601 with a
     * zone; null for an entry that is not an object), naming each malformed member as {@code
     * chat_data[i].member}.
     */
    public void add(RawChatLine line) {
      String entry = "chat_data[" + messages++ + "]";
      if (line == null) {
        problem(entry, entry + " must be an object");
        return;
      }
      int before = problems;
      String username = valid(() -> Vote.username(line.username()), entry + ".username");
      if (line.message() == null) {
        problem(entry + ".message", entry + ".message is required");
      }
      Instant timestamp =
          valid(() -> WireTime.parse("timestamp", line.timestamp()), entry + ".timestamp");
      if (problems == before
          && (ChatVote.in(line.message()).isPresent()
              || ChatBallot.in(line.message()).isPresent())) {
        votes.add(new ChatLine(username, line.message(), timestamp));
      }
    }

    /** The command; InvalidValuesException naming the first malformed members when any was. */
    public ImportChatCommand build() {
      if (problems > 0) {
        throw new InvalidValuesException(
            problems
                + " malformed chat_data entries; nothing was imported. First: "
                + reported.get(0).message(),
            reported);
      }
      return new ImportChatCommand(sessionId, messages, votes);
    }

    private <T> T valid(Supplier<T> parse, String field) {
      try {
        return parse.get();
      } catch (InvalidValueException e) {
        problem(field, field + ": " + e.getMessage());
        return null;
      }
    }

    private void problem(String field, String message) {
      if (problems++ < MAX_REPORTED) {
        reported.add(new InvalidValuesException.Problem(field, message));
      }
    }
  }
}
