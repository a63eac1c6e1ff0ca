package org.gamepicker.application.port.in.vote;

import java.util.ArrayList;
import java.util.List;
import org.gamepicker.application.port.in.WireTime;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.InvalidValuesException;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.vote.Vote;

/** Command: import a session's chat log; every entry must be well formed, or nothing is applied. */
public record ImportChatCommand(long sessionId, List<ChatLine> lines) {

  /** Most malformed entries named in one error report. */
  static final int MAX_REPORTED = 100;

  public ImportChatCommand {
    lines = List.copyOf(Require.present(lines, "chat_data"));
  }

  /**
   * Validates every entry (username non-blank, message present, timestamp ISO 8601 with a zone);
   * InvalidValuesException naming each malformed one as {@code chat_data[i].member}.
   */
  public static ImportChatCommand of(long sessionId, List<RawChatLine> raw) {
    Require.present(raw, "chat_data");
    List<ChatLine> lines = new ArrayList<>(raw.size());
    List<InvalidValuesException.Problem> problems = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String entry = "chat_data[" + i + "]";
      RawChatLine line = raw.get(i);
      if (line == null) {
        problems.add(new InvalidValuesException.Problem(entry, entry + " must be an object"));
        continue;
      }
      int before = problems.size();
      String username = valid(problems, () -> Vote.username(line.username()), entry + ".username");
      if (line.message() == null) {
        problems.add(
            new InvalidValuesException.Problem(entry + ".message", entry + ".message is required"));
      }
      var timestamp =
          valid(
              problems, () -> WireTime.parse("timestamp", line.timestamp()), entry + ".timestamp");
      if (problems.size() == before) {
        lines.add(new ChatLine(username, line.message(), timestamp));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValuesException(
          problems.size()
              + " malformed chat_data entries; nothing was imported. First: "
              + problems.get(0).message(),
          problems.subList(0, Math.min(problems.size(), MAX_REPORTED)));
    }
    return new ImportChatCommand(sessionId, lines);
  }

  private static <T> T valid(
      List<InvalidValuesException.Problem> problems,
      java.util.function.Supplier<T> parse,
      String field) {
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      problems.add(new InvalidValuesException.Problem(field, field + ": " + e.getMessage()));
      return null;
    }
  }
}
