package org.gamepicker.domain.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameRemoved;
import org.gamepicker.domain.event.GameRoomCodeChanged;
import org.gamepicker.domain.event.GameStatusChanged;
import org.gamepicker.domain.event.SessionDeleted;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionScopedEvent;
import org.gamepicker.domain.event.SessionStarted;
import org.gamepicker.domain.game.Game;

/**
 * A game night: the games played one after another, with the host's notes.
 *
 * <p>Lifecycle: {@link #start started} (active) → games added, edited, removed → {@link #close
 * closed} → possibly {@link #delete deleted}. Invariants: a closed session accepts no games and
 * cannot be closed again; at most one game is playing, the latest added; adding a game makes the
 * playing one played, closing makes it played; only a closed session may be deleted. "At most one
 * active session" spans aggregates and is kept by the application and the database. Every change
 * records the {@link SessionScopedEvent} it causes, complete with ids and the game's details, which
 * the application takes with {@link #pullEvents()} and publishes once the change is stored. Ids
 * come from the repository before the change, so that events are whole when recorded.
 */
public final class Session {

  private final long id;
  private String notes;
  private boolean active;
  private final Instant createdAt;
  private Instant closedAt;
  private final List<SessionGame> games;
  private final List<SessionScopedEvent> events = new ArrayList<>();

  private Session(
      long id,
      String notes,
      boolean active,
      Instant createdAt,
      Instant closedAt,
      List<SessionGame> games) {
    this.id = id;
    this.notes = normalizeNotes(notes);
    this.active = active;
    this.createdAt = Require.present(createdAt, "created_at");
    this.closedAt = closedAt;
    this.games = new ArrayList<>(games);
    this.games.sort(Comparator.comparingInt(SessionGame::position));
  }

  /**
   * A new, active session without games, with the id reserved for it; records {@link
   * SessionStarted}.
   */
  public static Session start(long id, String notes, Instant now) {
    Session session = new Session(id, notes, true, now, null, List.of());
    session.events.add(new SessionStarted(id, now, session.notes, now));
    return session;
  }

  /** A session as stored. */
  public static Session restore(
      long id,
      String notes,
      boolean active,
      Instant createdAt,
      Instant closedAt,
      List<SessionGame> games) {
    return new Session(id, notes, active, createdAt, closedAt, games);
  }

  /**
   * Starts a catalog game as the play with the id reserved for it: the playing game becomes played;
   * records {@link GameAdded}.
   */
  public SessionGame addGame(
      long sessionGameId, Game game, boolean manuallyAdded, RoomCode roomCode, Instant now) {
    if (!active) {
      throw new ConflictException("Session " + id + " is closed and accepts no more games");
    }
    finishPlayingGame();
    int position = games.isEmpty() ? 1 : games.get(games.size() - 1).position() + 1;
    SessionGame added =
        SessionGame.start(sessionGameId, game.id(), position, now, manuallyAdded, roomCode);
    games.add(added);
    events.add(
        new GameAdded(
            id,
            gamesPlayed(),
            new GameAdded.PlayedGame(
                game.id(),
                sessionGameId,
                game.title(),
                game.packName(),
                game.details().minPlayers(),
                game.details().maxPlayers(),
                manuallyAdded,
                roomCode == null ? null : roomCode.value()),
            now));
    return added;
  }

  /** Closes the session: the playing game becomes played; records {@link SessionEnded}. */
  public void close(Instant now) {
    if (!active) {
      throw new ConflictException("Session " + id + " is already closed");
    }
    finishPlayingGame();
    active = false;
    closedAt = now;
    events.add(new SessionEnded(id, gamesPlayed(), now));
  }

  /** Checks the session may be deleted and records {@link SessionDeleted}. */
  public void delete(Instant now) {
    if (active) {
      throw new ConflictException("Session " + id + " is active; close it before deleting it");
    }
    events.add(new SessionDeleted(id, now));
  }

  public void changeNotes(String newNotes) {
    notes = normalizeNotes(newNotes);
  }

  /**
   * Sets a game's status by hand; setting one to playing (only in an active session) makes the game
   * playing so far played, so that at most one game plays. Records {@link GameStatusChanged}.
   */
  public void changeStatus(long sessionGameId, SessionGameStatus status, Instant now) {
    Require.present(status, "status");
    int index = indexOf(sessionGameId);
    if (status == SessionGameStatus.PLAYING) {
      if (!active) {
        throw new ConflictException("Session " + id + " is closed; no game can be playing");
      }
      finishPlayingGame();
    }
    SessionGame changed = games.get(index).withStatus(status);
    games.set(index, changed);
    events.add(new GameStatusChanged(id, sessionGameId, changed.gameId(), status, now));
  }

  /**
   * Sets a game's room code (null clears it); records {@link GameRoomCodeChanged} when the code is
   * a different one.
   */
  public void changeRoomCode(long sessionGameId, RoomCode roomCode, Instant now) {
    int index = indexOf(sessionGameId);
    SessionGame game = games.get(index);
    if (Objects.equals(game.roomCode(), roomCode)) {
      return;
    }
    games.set(index, game.withRoomCode(roomCode));
    events.add(
        new GameRoomCodeChanged(
            id, sessionGameId, game.gameId(), roomCode == null ? null : roomCode.value(), now));
  }

  public void changePlayerCount(long sessionGameId, Integer playerCount) {
    int index = indexOf(sessionGameId);
    games.set(index, games.get(index).withPlayerCount(playerCount));
  }

  /** Removes a game from the session; records {@link GameRemoved}. */
  public void removeGame(long sessionGameId, Instant now) {
    SessionGame removed = games.remove(indexOf(sessionGameId));
    events.add(new GameRemoved(id, sessionGameId, removed.gameId(), now));
  }

  /**
   * The game that was being played at an instant: the non-skipped game whose interval [played_at,
   * next non-skipped game's played_at) contains it. The last game's interval ends when the session
   * closed (open while active). Skipped games are left out: nobody played them, so their time
   * belongs to the game before.
   */
  public Optional<SessionGame> gamePlayingAt(Instant instant) {
    Require.present(instant, "timestamp");
    if (closedAt != null && !instant.isBefore(closedAt)) {
      return Optional.empty();
    }
    SessionGame candidate = null;
    for (SessionGame game : games) {
      if (game.status() == SessionGameStatus.SKIPPED) {
        continue;
      }
      if (game.playedAt().isAfter(instant)) {
        break;
      }
      candidate = game;
    }
    return Optional.ofNullable(candidate);
  }

  /** The game being played now, if any. */
  public Optional<SessionGame> playingGame() {
    return games.stream().filter(g -> g.status() == SessionGameStatus.PLAYING).findFirst();
  }

  /** A game of this session by id, or {@link NotFoundException}. */
  public SessionGame game(long sessionGameId) {
    return games.get(indexOf(sessionGameId));
  }

  /** The game at a position of the play order. */
  public SessionGame gameAt(int position) {
    return games.stream()
        .filter(g -> g.position() == position)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No game at position " + position));
  }

  /** How many games were played or are playing (skipped ones do not count). */
  public int gamesPlayed() {
    return (int) games.stream().filter(g -> g.status() != SessionGameStatus.SKIPPED).count();
  }

  /** Takes the events recorded since the last call, oldest first. */
  public List<SessionScopedEvent> pullEvents() {
    List<SessionScopedEvent> pulled = List.copyOf(events);
    events.clear();
    return pulled;
  }

  public long id() {
    return id;
  }

  public String notes() {
    return notes;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  /** The games in play order. */
  public List<SessionGame> games() {
    return Collections.unmodifiableList(games);
  }

  private void finishPlayingGame() {
    for (int i = 0; i < games.size(); i++) {
      if (games.get(i).status() == SessionGameStatus.PLAYING) {
        games.set(i, games.get(i).withStatus(SessionGameStatus.PLAYED));
      }
    }
  }

  private int indexOf(long sessionGameId) {
    for (int i = 0; i < games.size(); i++) {
      if (games.get(i).id() == sessionGameId) {
        return i;
      }
    }
    throw new NotFoundException("Session " + id + " has no game " + sessionGameId);
  }

  private static String normalizeNotes(String notes) {
    if (notes == null || notes.isBlank()) {
      return null;
    }
    Require.that(notes.length() <= 10_000, "notes", "notes must be at most 10000 characters");
    return notes.strip();
  }
}
