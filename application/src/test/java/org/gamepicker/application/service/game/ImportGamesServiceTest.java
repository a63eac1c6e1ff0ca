package org.gamepicker.application.service.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gamepicker.application.fakes.RecordingEventPublisher;
import org.gamepicker.application.port.in.game.ImportGamesCommand;
import org.gamepicker.application.port.in.game.ImportMode;
import org.gamepicker.application.port.in.game.ImportReport;
import org.gamepicker.application.port.in.game.ImportRow;
import org.gamepicker.domain.game.Game;
import org.junit.jupiter.api.Test;

class ImportGamesServiceTest {

  private final InMemoryCatalog catalog = new InMemoryCatalog();
  private final ImportGamesService service =
      new ImportGamesService(
          catalog.games, catalog.packs, () -> InMemoryCatalog.NOW, new RecordingEventPublisher());

  private static ImportRow row(int line, String pack, String title, String min, String length) {
    return new ImportRow(
        line,
        Map.of(
            "pack_name", pack,
            "title", title,
            "min_players", min,
            "max_players", "8",
            "length_minutes", length,
            "drawing", "true",
            "release_year", "2014"));
  }

  private ImportReport run(ImportMode mode, boolean skipInvalid, ImportRow... rows) {
    return service.importGames(new ImportGamesCommand(List.of(rows), mode, skipInvalid));
  }

  @Test
  void validRowsAreImportedWithRangesAsTheirMidpoint() {
    ImportReport report = run(ImportMode.APPEND, false, row(2, "P", "Drawful", "3", "15-20"));
    assertThat(report.imported()).isEqualTo(1);
    Game game = catalog.games.findAll().get(0);
    assertThat(game.details().lengthMinutes()).isEqualTo(18);
    assertThat(game.details().drawing()).isTrue();
    assertThat(catalog.packs.findByName("P")).isPresent();
  }

  @Test
  void aBadRowRejectsTheImportAndNamesItsLine() {
    ImportReport report =
        run(
            ImportMode.APPEND,
            false,
            row(2, "P", "Good", "3", "15"),
            row(3, "P", "Bad", "three", "15"),
            row(4, "P", "Good", "3", "15"));
    assertThat(report.applied()).isFalse();
    assertThat(report.errors()).extracting(ImportReport.RowError::line).containsExactly(3, 4);
    assertThat(report.errors().get(0).message()).contains("min_players");
    assertThat(report.errors().get(1).message()).contains("line 2");
    assertThat(catalog.games.findAll()).isEmpty();
  }

  @Test
  void skipInvalidAppliesTheGoodRows() {
    ImportReport report =
        run(ImportMode.APPEND, true, row(2, "P", "Good", "3", "15"), row(3, "P", "", "3", "15"));
    assertThat(report.applied()).isTrue();
    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(catalog.games.findAll()).extracting(Game::title).containsExactly("Good");
  }

  @Test
  void appendLeavesExistingGamesAlone() {
    catalog.add("P", "Old", 1, 4, 10, false);
    ImportReport report = run(ImportMode.APPEND, false, row(2, "P", "Old", "3", "30"));
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(catalog.games.findAll().get(0).details().lengthMinutes()).isEqualTo(10);
  }

  @Test
  void replaceUpdatesAddsDeletesUnplayedAndDisablesPlayedGames() {
    Game kept = catalog.add("P", "Kept", 1, 4, 10, false);
    Game played = catalog.games.save(catalog.add("P", "Played", 1, 4, 10, false).recordPlay());
    catalog.add("P", "Unplayed", 1, 4, 10, false);
    ImportReport report =
        run(ImportMode.REPLACE, false, row(2, "P", "Kept", "3", "30"), row(3, "P", "New", "2", ""));
    assertThat(report).isEqualTo(new ImportReport(true, 1, 1, 0, 1, 1, List.of()));
    assertThat(catalog.games.findById(kept.id()).orElseThrow().details().minPlayers()).isEqualTo(3);
    assertThat(catalog.games.findById(played.id()).orElseThrow().enabled()).isFalse();
    assertThat(catalog.games.findAll())
        .extracting(Game::title)
        .containsExactly("Kept", "Played", "New");
  }
}
