package org.gamepicker.application.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gamepicker.application.port.out.StoredAnswers;

/** In-memory {@link StoredAnswers}, for the application's tests. */
public class InMemoryStoredAnswers implements StoredAnswers {

  private record Row(Instant claimedAt, StoredAnswer answer) {}

  private final Map<String, Row> rows = new LinkedHashMap<>();

  @Override
  public synchronized boolean claim(String requestKey, String fingerprint, Instant at) {
    return rows.putIfAbsent(requestKey, new Row(at, null)) == null;
  }

  @Override
  public synchronized void answer(String requestKey, StoredAnswer answer) {
    rows.computeIfPresent(requestKey, (key, row) -> new Row(row.claimedAt(), answer));
  }

  @Override
  public synchronized Optional<StoredAnswer> find(String requestKey) {
    return Optional.ofNullable(rows.get(requestKey)).map(Row::answer);
  }

  @Override
  public synchronized int pruneClaimedBefore(Instant before, int limit) {
    var expired =
        rows.entrySet().stream()
            .filter(entry -> entry.getValue().claimedAt().isBefore(before))
            .sorted(Comparator.comparing(entry -> entry.getValue().claimedAt()))
            .limit(limit)
            .map(Map.Entry::getKey)
            .toList();
    expired.forEach(rows::remove);
    return expired.size();
  }
}
