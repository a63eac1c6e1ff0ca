package org.gamepicker.adapter.irc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gamepicker.domain.event.PollEnded;
import org.gamepicker.domain.event.PollOption;
import org.gamepicker.domain.event.PollStarted;
import org.gamepicker.domain.poll.Poll;

/**
 * The lines said in the channel for an audience poll: its numbered candidates with how to vote and
 * when it closes, then its winner with each candidate's count. Tallies in between are not said (the
 * channel's flood limit; the overlay shows them).
 */
final class PollAnnouncements {

  private PollAnnouncements() {}

  /**
   * "📊 Pick the next game! Type !vote 1..3 in chat — 60 s to vote", then one line per candidate:
   * "!vote 1 → Quiplash 3 (Party Pack 6)".
   */
  static List<String> started(PollStarted started) {
    long seconds =
        Math.max(0, Duration.between(started.occurredAt(), started.closesAt()).toSeconds());
    List<String> lines = new ArrayList<>();
    lines.add(
        "📊 Pick the next game! Type !vote 1.."
            + started.candidates().size()
            + " in chat — "
            + seconds
            + " s to vote");
    for (PollOption option : started.candidates()) {
      lines.add("!vote " + option.choice() + " → " + game(option));
    }
    return lines;
  }

  /**
   * "🏆 The chat picked Quiplash 3 (Party Pack 6) with 5 of 9 votes", then the counts: "📊 Votes:
   * Quiplash 3 5 · Fibbage 4 3 · Drawful 2 1" (by choice number when the poll is gone).
   */
  static List<String> ended(PollEnded ended, Optional<Poll> poll) {
    int total = ended.counts().stream().mapToInt(Integer::intValue).sum();
    int winnerVotes = ended.counts().get(ended.winner().choice() - 1);
    String counts =
        IntStream.range(0, ended.counts().size())
            .mapToObj(
                i ->
                    poll.map(p -> p.candidates().get(i).title()).orElse("#" + (i + 1))
                        + " "
                        + ended.counts().get(i))
            .collect(Collectors.joining(" · "));
    return List.of(
        "🏆 The chat picked "
            + game(ended.winner())
            + " with "
            + winnerVotes
            + " of "
            + total
            + (total == 1 ? " vote" : " votes"),
        "📊 Votes: " + counts);
  }

  private static String game(PollOption option) {
    return option.title() + " (" + option.packName() + ")";
  }
}
