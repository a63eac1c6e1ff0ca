package org.gamepicker.application.service.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gamepicker.application.port.in.game.BrowseCatalogUseCase;
import org.gamepicker.application.port.in.game.GameDraft;
import org.gamepicker.application.port.in.game.ManageGamesUseCase;
import org.gamepicker.application.port.in.game.ManagePacksUseCase;
import org.gamepicker.application.port.in.game.PackSummary;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameCriteria;
import org.gamepicker.domain.game.Pack;

/** Service: reads and edits the catalog's games and packs. */
@ApplicationScoped
public class GameCatalogService
    implements BrowseCatalogUseCase, ManageGamesUseCase, ManagePacksUseCase {

  private GameRepository games;
  private PackRepository packs;
  private TimeSource timeSource;
  private CatalogWriter writer;

  protected GameCatalogService() {}

  @Inject
  public GameCatalogService(
      GameRepository games, PackRepository packs, TimeSource timeSource, EventPublisher events) {
    this.games = games;
    this.packs = packs;
    this.timeSource = timeSource;
    this.writer = new CatalogWriter(games, packs, events, timeSource);
  }

  @Override
  public List<Game> listGames(GameCriteria criteria) {
    return games.findAll().stream().filter(criteria::matches).toList();
  }

  @Override
  public Game getGame(long id) {
    return games.findById(id).orElseThrow(() -> new NotFoundException("Game " + id + " not found"));
  }

  @Override
  public List<PackSummary> listPacks() {
    Map<String, List<Game>> byPack =
        games.findAll().stream().collect(Collectors.groupingBy(Game::packName));
    return packs.findAll().stream()
        .map(pack -> summarize(pack, byPack.getOrDefault(pack.name(), List.of())))
        .toList();
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public Game create(GameDraft draft) {
    return writer.store(CatalogWriter.newGame(draft, timeSource.now()));
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public Game replace(long id, GameDraft draft) {
    return writer.store(CatalogWriter.applyDraft(getGame(id), draft));
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public void delete(long id) {
    Game game = getGame(id);
    if (game.playCount() > 0) {
      throw new ConflictException(
          "Game "
              + id
              + " was played "
              + game.playCount()
              + " time(s) and cannot be deleted; disable it instead");
    }
    writer.delete(game);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public Game toggle(long id) {
    Game game = getGame(id);
    return writer.update(game.withEnabled(!game.enabled()));
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public Game setFavorBias(long id, FavorBias bias) {
    return writer.update(getGame(id).withFavorBias(bias));
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public PackSummary setEnabled(String packName, boolean enabled) {
    Pack pack = packs.save(getPack(packName).withEnabled(enabled));
    List<Game> packGames =
        gamesOf(pack).stream().map(g -> writer.update(g.withEnabled(enabled))).toList();
    return summarize(pack, packGames);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public PackSummary setFavorBias(String packName, FavorBias bias) {
    Pack pack = packs.save(getPack(packName).withFavorBias(bias));
    return summarize(pack, gamesOf(pack));
  }

  private Pack getPack(String name) {
    return packs
        .findByName(name)
        .orElseThrow(() -> new NotFoundException("Pack '" + name + "' not found"));
  }

  private List<Game> gamesOf(Pack pack) {
    return games.findAll().stream().filter(g -> g.packName().equals(pack.name())).toList();
  }

  private static PackSummary summarize(Pack pack, List<Game> packGames) {
    int enabledCount = (int) packGames.stream().filter(Game::enabled).count();
    return new PackSummary(
        pack.name(), pack.enabled(), pack.favorBias(), packGames.size(), enabledCount);
  }

  /** Packs by name, for the services that weigh games by their pack. */
  static Map<String, Pack> packsByName(PackRepository packs) {
    return packs.findAll().stream().collect(Collectors.toMap(Pack::name, Function.identity()));
  }
}
