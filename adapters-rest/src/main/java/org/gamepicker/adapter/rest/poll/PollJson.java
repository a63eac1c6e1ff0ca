package org.gamepicker.adapter.rest.poll;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.application.port.in.poll.BallotResult;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollCandidate;

/** The JSON shapes of polls and ballots on the REST API (as the poll events show candidates). */
public final class PollJson {

  private PollJson() {}

  /** A candidate's game, as it was when the poll opened. */
  @JsonbPropertyOrder({"id", "title", "pack_name"})
  @Schema(name = "PollGame", description = "A candidate's catalog game")
  public record PollGameJson(long id, String title, String pack_name) {}

  /**
   * A game the audience can choose, by its choice number. Nillable so that a poll's null winner is
   * written (Yasson decides it by the property type's class).
   */
  @JsonbNillable
  @JsonbPropertyOrder({"choice", "game"})
  @Schema(name = "PollCandidate", description = "A game the audience can choose")
  public record CandidateJson(
      @Schema(description = "What a ballot names: 1, 2, ...") int choice, PollGameJson game) {}

  /** A poll with its current counts. */
  @JsonbNillable
  @JsonbPropertyOrder({
    "id",
    "session_id",
    "status",
    "opened_at",
    "closes_at",
    "closed_at",
    "candidates",
    "counts",
    "winner"
  })
  @Schema(name = "Poll", description = "An audience poll for the next game of a session")
  public record PollDetails(
      long id,
      long session_id,
      @Schema(enumeration = {"open", "closed"}) String status,
      @Schema(example = "2025-11-01T20:30:00.000Z") String opened_at,
      @Schema(
              description = "When it stops taking ballots and closes by itself",
              example = "2025-11-01T20:31:00.000Z")
          String closes_at,
      @Schema(nullable = true, description = "null while open") String closed_at,
      @Schema(description = "In choice order") List<CandidateJson> candidates,
      @Schema(description = "Each candidate's ballots, in choice order") List<Integer> counts,
      @Schema(nullable = true, description = "The winning candidate; null while open")
          CandidateJson winner) {}

  /** A counted ballot and the counts after it. */
  @JsonbNillable
  @JsonbPropertyOrder({"poll_id", "username", "choice", "previous_choice", "counts"})
  @Schema(name = "PollBallotResult", description = "A counted ballot and the counts after it")
  public record BallotJson(
      long poll_id,
      String username,
      int choice,
      @Schema(
              nullable = true,
              description =
                  "The user's choice before this ballot; null for their first ballot, equal to"
                      + " choice when they repeated it (which moves no count)")
          Integer previous_choice,
      @Schema(description = "Each candidate's ballots, in choice order") List<Integer> counts) {}

  static PollDetails poll(Poll poll) {
    return new PollDetails(
        poll.id(),
        poll.sessionId(),
        poll.status().wireName(),
        WireTime.format(poll.openedAt()),
        WireTime.format(poll.closesAt()),
        WireTime.format(poll.closedAt()),
        poll.candidates().stream().map(PollJson::candidate).toList(),
        poll.counts(),
        poll.winner().map(PollJson::candidate).orElse(null));
  }

  static BallotJson ballot(BallotResult result) {
    var ballot = result.change().ballot();
    var movedFrom = result.change().movedFrom();
    return new BallotJson(
        ballot.pollId(),
        ballot.username(),
        ballot.choice(),
        movedFrom.isPresent() ? movedFrom.getAsInt() : null,
        result.counts());
  }

  private static CandidateJson candidate(PollCandidate candidate) {
    return new CandidateJson(
        candidate.choice(),
        new PollGameJson(candidate.gameId(), candidate.title(), candidate.packName()));
  }
}
