package org.gamepicker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gamepicker.application.port.out.GameRepository.VotedGame;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.vote.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link GameRepository}: what the catalog and vote use cases rely on. */
public abstract class GameRepositoryContract {

  private GameRepository games;
  private StoredCatalog catalog;

  /** A repository on an empty catalog. */
  protected abstract GameRepository games();

  /** The pack repository of the same store (a game's pack is stored before it). */
  protected abstract PackRepository packs();

  @BeforeEach
  void emptyCatalog() {
    games = games();
    catalog = new StoredCatalog(packs(), games);
  }

  @Test
  void savingANewGameAssignsAnIdAndKeepsEveryFieldItsCreationTimeToTheMillisecond() {
    catalog.game("Anything");
    Game unsaved =
        Game.create(
                new GameDetails(
                    StoredCatalog.PACK, "Champ'd Up", 3, 8, null, false, false, null, true),
                StoredCatalog.ADDED_AT)
            .withEnabled(false)
            .withFavorBias(FavorBias.DISFAVORED)
            .recordPlay();

    Game saved = games.save(unsaved);

    assertThat(saved.id()).isNotNull();
    assertThat(saved)
        .usingRecursiveComparison()
        .ignoringFields("id", "createdAt")
        .isEqualTo(unsaved);
    assertThat(saved.createdAt()).isEqualTo(StoredCatalog.ADDED_AT.truncatedTo(ChronoUnit.MILLIS));
    assertThat(games.findById(saved.id())).get().usingRecursiveComparison().isEqualTo(saved);
  }

  @Test
  void savingLeavesTheVoteTotalsToAddVotes() {
    Game stored = catalog.game("Fakin' It");
    games.addVotes(stored.id(), new Tally(3, 1));

    Game inserted =
        games.save(
            Game.create(
                    StoredCatalog.details(StoredCatalog.PACK, "Guesspionage"),
                    StoredCatalog.ADDED_AT)
                .adjustVotes(5, 5));
    Game updated = games.save(stored.withEnabled(false).adjustVotes(7, 7));

    assertThat(inserted).extracting(Game::upvotes, Game::downvotes).containsExactly(0, 0);
    assertThat(updated).extracting(Game::upvotes, Game::downvotes).containsExactly(3, 1);
    assertThat(games.findById(stored.id()))
        .get()
        .extracting(Game::enabled, Game::upvotes, Game::downvotes)
        .containsExactly(false, 3, 1);
  }

  @Test
  void savingAStoredGameUpdatesIt() {
    Game stored = catalog.game("Quiplash 3");
    Game changed =
        stored
            .withDetails(
                new GameDetails(
                    StoredCatalog.PACK, "Quiplash 3", 2, 10, 20, true, false, "Words", false))
            .withFavorBias(FavorBias.FAVORED)
            .recordPlay();

    games.save(changed);

    assertThat(games.findById(stored.id())).get().usingRecursiveComparison().isEqualTo(changed);
    assertThat(games.findAll()).hasSize(1);
  }

  @Test
  void savingAGameThatIsGoneFailsAsNotFound() {
    Game stored = catalog.game("Talking Points");
    games.delete(stored.id());

    assertThatThrownBy(() -> games.save(stored.withEnabled(false)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void findAllListsEveryGameInIdOrder() {
    Game first = catalog.game("Blather 'Round");
    Game second = catalog.game("The Devils and the Details");
    Game third = catalog.game("Role Models");

    assertThat(List.of(first.id(), second.id(), third.id())).isSorted();
    assertThat(games.findAll())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(first, second, third);
  }

  @Test
  void findByIdOfAnUnknownGameIsEmpty() {
    Game stored = catalog.game("Push The Button");

    assertThat(games.findById(stored.id() + 1000)).isEmpty();
  }

  @Test
  void findByPackAndTitleFindsOnlyThatPacksGame() {
    Game inPack7 = catalog.game("Quiplash");
    Game standalone = catalog.game("Quiplash", "Quiplash");

    assertThat(games.findByPackAndTitle(StoredCatalog.PACK, "Quiplash"))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(inPack7);
    assertThat(games.findByPackAndTitle("Quiplash", "Quiplash"))
        .get()
        .extracting(Game::id)
        .isEqualTo(standalone.id());
    assertThat(games.findByPackAndTitle(StoredCatalog.PACK, "Quiplash 2")).isEmpty();
  }

  @Test
  void deleteRemovesTheGameAndIgnoresAnUnknownOne() {
    Game kept = catalog.game("Bracketeering");
    Game removed = catalog.game("Civic Doodle");

    games.delete(removed.id());
    games.delete(removed.id());

    assertThat(games.findById(removed.id())).isEmpty();
    assertThat(games.findAll()).extracting(Game::id).containsExactly(kept.id());
  }

  @Test
  void addVotesMovesTheTotalsAndReturnsTheTitleAndNewTotals() {
    Game game = catalog.game("Survey Scramble");

    VotedGame first = games.addVotes(game.id(), new Tally(2, 1));
    VotedGame switched = games.addVotes(game.id(), new Tally(-1, 1));

    assertThat(first).isEqualTo(new VotedGame(game.id(), "Survey Scramble", new Tally(2, 1)));
    assertThat(switched).isEqualTo(new VotedGame(game.id(), "Survey Scramble", new Tally(1, 2)));
    assertThat(games.findById(game.id()))
        .get()
        .extracting(Game::upvotes, Game::downvotes)
        .containsExactly(1, 2);
  }

  @Test
  void manyVotesAddUpExactlyWhereverTheGameIsRead() {
    Game game = catalog.game("Survey Scramble");

    for (int vote = 0; vote < 60; vote++) {
      games.addVotes(game.id(), vote % 3 == 0 ? new Tally(0, 1) : new Tally(1, 0));
    }
    VotedGame discarded = games.addVotes(game.id(), new Tally(-5, -2));

    assertThat(discarded.totals()).isEqualTo(new Tally(35, 18));
    assertThat(games.findById(game.id()))
        .get()
        .extracting(Game::upvotes, Game::downvotes)
        .containsExactly(35, 18);
    assertThat(games.findAll())
        .filteredOn(listed -> listed.id().equals(game.id()))
        .extracting(Game::upvotes, Game::downvotes)
        .containsExactly(tuple(35, 18));
  }

  @Test
  void addVotesToAnUnknownGameFailsAsNotFound() {
    Game game = catalog.game("Dodo Re Mi");

    assertThatThrownBy(() -> games.addVotes(game.id() + 1000, new Tally(1, 0)))
        .isInstanceOf(NotFoundException.class);
  }
}
