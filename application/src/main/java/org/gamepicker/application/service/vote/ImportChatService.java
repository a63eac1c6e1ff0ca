package org.gamepicker.application.service.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamepicker.application.port.in.vote.ChatImportReport;
import org.gamepicker.application.port.in.vote.ChatImportReport.GameChange;
import org.gamepicker.application.port.in.vote.ChatLine;
import org.gamepicker.application.port.in.vote.ImportChatCommand;
import org.gamepicker.application.port.in.vote.ImportChatUseCase;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.application.service.poll.ChatBallotImport;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.vote.ChatVote;
import org.gamepicker.domain.vote.Tally;
import org.gamepicker.domain.vote.VoteLedger;
import org.gamepicker.domain.vote.VoteOutcome;
import org.gamepicker.domain.vote.VoteType;

/**
 * Imports a session's chat log in one transaction: reads the session's votes once (locked), applies
 * the log's votes in timestamp order in memory, then writes the changed votes in batches and each
 * catalog game's totals once; its {@code !vote N} lines count in the open poll ({@link
 * ChatBallotImport}). Publishes no {@code vote.received}: a log replays the past, and thousands of
 * them would flood the bots; clients read the new counts over REST.
 */
@ApplicationScoped
public class ImportChatService implements ImportChatUseCase {

  private SessionRepository sessions;
  private GameRepository games;
  private VoteRepository votes;
  private ChatBallotImport ballots;

  protected ImportChatService() {}

  @Inject
  public ImportChatService(
      SessionRepository sessions,
      GameRepository games,
      VoteRepository votes,
      ChatBallotImport ballots) {
    this.sessions = sessions;
    this.games = games;
    this.votes = votes;
    this.ballots = ballots;
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public ChatImportReport importChat(ImportChatCommand command) {
    Session session =
        sessions
            .findById(command.sessionId())
            .orElseThrow(
                () -> new NotFoundException("Session " + command.sessionId() + " not found"));
    VoteLedger ledger = new VoteLedger(votes.findBySessionForUpdate(session.id()));
    List<ChatLine> inOrder = new ArrayList<>(command.votes());
    inOrder.sort(Comparator.comparing(ChatLine::timestamp));
    int processed = 0;
    int duplicates = 0;
    int unmatched = 0;
    for (ChatLine line : inOrder) {
      Optional<VoteType> found = ChatVote.in(line.message());
      if (found.isEmpty()) {
        continue;
      }
      VoteType vote = found.get();
      Optional<SessionGame> played = session.gamePlayingAt(line.timestamp());
      if (played.isEmpty()) {
        unmatched++;
        continue;
      }
      VoteOutcome outcome =
          ledger.record(session.id(), played.get(), line.username(), vote, line.timestamp());
      if (outcome.changed()) {
        processed++;
      } else {
        duplicates++;
      }
    }
    votes.saveAll(ledger.changedVotes());
    List<GameChange> byGame = applyToGames(session, ledger.changesBySessionGame());
    ChatBallotImport.Outcome ballotOutcome = ballots.count(session.id(), inOrder);
    return new ChatImportReport(
        command.messages(),
        processed + duplicates + unmatched,
        processed,
        duplicates,
        unmatched,
        byGame,
        ballotOutcome.counted(),
        ballotOutcome.skipped());
  }

  /**
   * Moves each play's counts and each catalog game's totals once, and describes the change per
   * session game.
   */
  private List<GameChange> applyToGames(Session session, Map<Long, Tally> changes) {
    Map<Long, Tally> byCatalogGame = new HashMap<>();
    Map<Long, String> titles = new HashMap<>();
    List<GameChange> byGame = new ArrayList<>();
    for (SessionGame played : session.games()) {
      Tally change = changes.get(played.id());
      if (change == null || change.isNone()) {
        continue;
      }
      sessions.addVotes(played.id(), change);
      byCatalogGame.merge(played.gameId(), change, Tally::plus);
      String title = titles.computeIfAbsent(played.gameId(), id -> catalogGame(id).title());
      byGame.add(new GameChange(played.id(), played.gameId(), title, change));
    }
    byCatalogGame.forEach(games::addVotes);
    return byGame;
  }

  private Game catalogGame(long gameId) {
    return games
        .findById(gameId)
        .orElseThrow(() -> new NotFoundException("Game " + gameId + " not found"));
  }
}
