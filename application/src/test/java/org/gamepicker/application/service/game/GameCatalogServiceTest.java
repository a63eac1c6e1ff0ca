package org.gamepicker.application.service.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.gamepicker.application.fakes.RecordingEventPublisher;
import org.gamepicker.application.port.in.game.GameDraft;
import org.gamepicker.application.port.in.game.PackSummary;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.event.CatalogGame;
import org.gamepicker.domain.event.CatalogGameEvent;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameCriteria;
import org.gamepicker.domain.game.GameDetails;
import org.junit.jupiter.api.Test;

class GameCatalogServiceTest {

  private final InMemoryCatalog catalog = new InMemoryCatalog();
  private final RecordingEventPublisher published = new RecordingEventPublisher();
  private final GameCatalogService service =
      new GameCatalogService(catalog.games, catalog.packs, () -> InMemoryCatalog.NOW, published);

  private static GameDraft draft(String pack, String title) {
    return new GameDraft(
        new GameDetails(pack, title, 3, 8, 15, true, false, "Writing", false), null, null);
  }

  @Test
  void creatingAGameOfANewPackCreatesThePack() {
    Game game = service.create(draft("New Pack", "Quiplash"));
    assertThat(game.id()).isNotNull();
    assertThat(service.listPacks())
        .containsExactly(new PackSummary("New Pack", true, FavorBias.NEUTRAL, 1, 1));
  }

  @Test
  void aTitleIsUniqueWithinItsPackOnly() {
    service.create(draft("Pack 1", "Quiplash"));
    service.create(draft("Pack 2", "Quiplash"));
    assertThatThrownBy(() -> service.create(draft("Pack 1", "Quiplash")))
        .isInstanceOf(ConflictException.class);
    Game other = service.create(draft("Pack 1", "Drawful"));
    assertThatThrownBy(() -> service.replace(other.id(), draft("Pack 1", "Quiplash")))
        .isInstanceOf(ConflictException.class);
    assertThat(service.replace(other.id(), draft("Pack 1", "Drawful 2")).title())
        .isEqualTo("Drawful 2");
  }

  @Test
  void aPlayedGameCannotBeDeleted() {
    Game played = catalog.games.save(service.create(draft("Pack", "Played")).recordPlay());
    Game fresh = service.create(draft("Pack", "Fresh"));
    assertThatThrownBy(() -> service.delete(played.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("disable it instead");
    service.delete(fresh.id());
    assertThatThrownBy(() -> service.getGame(fresh.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void togglingAPackSetsEveryGameOfIt() {
    Game a = service.create(draft("Pack", "A"));
    service.create(draft("Pack", "B"));
    service.toggle(a.id());
    PackSummary off = service.setEnabled("Pack", false);
    assertThat(off).isEqualTo(new PackSummary("Pack", false, FavorBias.NEUTRAL, 2, 0));
    assertThat(service.setEnabled("Pack", true).enabledCount()).isEqualTo(2);
    assertThatThrownBy(() -> service.setEnabled("Nope", true))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listFiltersCombine() {
    service.create(draft("Pack", "Quiplash"));
    service.create(draft("Pack", "Quiplash 2"));
    Game off = service.toggle(service.create(draft("Pack", "Quiplash 3")).id());
    assertThat(service.listGames(new GameCriteria().titleContains("quip").enabled(true)))
        .extracting(Game::title)
        .containsExactly("Quiplash", "Quiplash 2");
    assertThat(off.enabled()).isFalse();
  }

  @Test
  void everyChangeOfACatalogGameIsPublishedWithTheGameAsItIsAfterIt() {
    Game game = service.create(draft("Pack 1", "Quiplash"));
    service.toggle(game.id());
    service.setEnabled("Pack 1", true);
    service.delete(game.id());

    assertThat(published.events)
        .extracting(DomainEvent::type, event -> ((CatalogGameEvent) event).game().enabled())
        .containsExactly(
            tuple(EventType.CATALOG_GAME_CREATED, true),
            tuple(EventType.CATALOG_GAME_UPDATED, false),
            tuple(EventType.CATALOG_GAME_UPDATED, true),
            tuple(EventType.CATALOG_GAME_DELETED, true));
    assertThat(((CatalogGameEvent) published.events.get(0)).game())
        .isEqualTo(new CatalogGame(game.id(), "Quiplash", "Pack 1", 3, 8, true, 0));
  }
}
