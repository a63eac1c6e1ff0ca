package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionQueryUseCase;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;

/** Reads sessions with their games. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class SessionQueryService implements SessionQueryUseCase {

  private SessionRepository sessions;
  private SessionViews views;

  protected SessionQueryService() {}

  @Inject
  public SessionQueryService(SessionRepository sessions, SessionViews views) {
    this.sessions = sessions;
    this.views = views;
  }

  @Override
  public List<SessionView> list() {
    return sessions.findAllNewestFirst().stream().map(views::of).toList();
  }

  @Override
  public Optional<SessionView> active() {
    return sessions.findActive().map(views::of);
  }

  @Override
  public SessionView get(long sessionId) {
    return sessions
        .findById(sessionId)
        .map(views::of)
        .orElseThrow(() -> new NotFoundException("Session " + sessionId + " not found"));
  }

  @Override
  public SessionGameView game(long sessionId, long sessionGameId) {
    return get(sessionId).games().stream()
        .filter(game -> game.id() == sessionGameId)
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("Session " + sessionId + " has no game " + sessionGameId));
  }

  @Override
  public boolean exists(long sessionId) {
    return sessions.findById(sessionId).isPresent();
  }
}
