package org.gamepicker.application.service.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamepicker.application.port.in.game.GameDraft;
import org.gamepicker.application.port.in.game.ImportGamesCommand;
import org.gamepicker.application.port.in.game.ImportGamesUseCase;
import org.gamepicker.application.port.in.game.ImportMode;
import org.gamepicker.application.port.in.game.ImportReport;
import org.gamepicker.application.port.in.game.ImportReport.RowError;
import org.gamepicker.application.port.in.game.ImportRow;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.game.Game;

/**
 * Service: imports catalog rows in one transaction. Every row is checked first; unless bad rows may
 * be skipped, one bad row rejects the import and nothing changes. See {@link ImportMode} for what
 * append and replace do.
 */
@ApplicationScoped
public class ImportGamesService implements ImportGamesUseCase {

  private GameRepository games;
  private TimeSource timeSource;
  private CatalogWriter writer;

  protected ImportGamesService() {}

  @Inject
  public ImportGamesService(
      GameRepository games, PackRepository packs, TimeSource timeSource, EventPublisher events) {
    this.games = games;
    this.timeSource = timeSource;
    this.writer = new CatalogWriter(games, packs, events, timeSource);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public ImportReport importGames(ImportGamesCommand command) {
    List<RowError> errors = new ArrayList<>();
    Map<String, GameDraft> drafts = new LinkedHashMap<>();
    Map<String, Integer> lineOfKey = new HashMap<>();
    for (ImportRow row : command.rows()) {
      try {
        GameDraft draft = ImportRowReader.read(row);
        String key = key(draft.details().packName(), draft.details().title());
        Integer earlier = lineOfKey.putIfAbsent(key, row.line());
        if (earlier != null) {
          errors.add(new RowError(row.line(), "same pack and title as line " + earlier));
        } else {
          drafts.put(key, draft);
        }
      } catch (InvalidValueException e) {
        errors.add(new RowError(row.line(), e.getMessage()));
      }
    }
    if (!errors.isEmpty() && !command.skipInvalid()) {
      return new ImportReport(false, 0, 0, 0, 0, 0, errors);
    }
    return apply(drafts, command.mode(), errors);
  }

  private ImportReport apply(
      Map<String, GameDraft> drafts, ImportMode mode, List<RowError> errors) {
    Map<String, Game> existing = new LinkedHashMap<>();
    games.findAll().forEach(g -> existing.put(key(g.packName(), g.title()), g));
    Instant now = timeSource.now();
    int imported = 0;
    int updated = 0;
    int skipped = errors.size();
    for (Map.Entry<String, GameDraft> entry : drafts.entrySet()) {
      Game current = existing.get(entry.getKey());
      if (current == null) {
        writer.store(CatalogWriter.newGame(entry.getValue(), now));
        imported++;
      } else if (mode == ImportMode.REPLACE) {
        writer.store(CatalogWriter.applyDraft(current, entry.getValue()));
        updated++;
      } else {
        skipped++;
      }
    }
    int removed = 0;
    int disabled = 0;
    if (mode == ImportMode.REPLACE) {
      for (Map.Entry<String, Game> entry : existing.entrySet()) {
        Game absent = entry.getValue();
        if (drafts.containsKey(entry.getKey())) {
          continue;
        }
        if (absent.playCount() > 0) {
          writer.update(absent.withEnabled(false));
          disabled++;
        } else {
          writer.delete(absent);
          removed++;
        }
      }
    }
    return new ImportReport(true, imported, updated, skipped, removed, disabled, errors);
  }

  private static String key(String packName, String title) {
    return packName + "\n" + title;
  }
}
