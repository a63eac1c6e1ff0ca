package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gamepicker.application.port.in.session.ChangeNotesCommand;
import org.gamepicker.application.port.in.session.CreateSessionCommand;
import org.gamepicker.application.port.in.session.SessionLifecycleUseCase;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;

/**
 * Starts, closes, annotates and deletes sessions. At most one session is active: checked here, and
 * guaranteed by the database against two concurrent creates (the repository then reports a
 * conflict). Deleting a session deletes its votes, off the catalog games' totals.
 */
@ApplicationScoped
public class SessionService implements SessionLifecycleUseCase {

  private SessionRepository sessions;
  private VoteDiscarding votes;
  private SessionWrites writes;
  private SessionViews views;

  protected SessionService() {}

  @Inject
  public SessionService(
      SessionRepository sessions, VoteDiscarding votes, SessionWrites writes, SessionViews views) {
    this.sessions = sessions;
    this.votes = votes;
    this.writes = writes;
    this.views = views;
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public SessionView create(CreateSessionCommand command) {
    sessions
        .findActive()
        .ifPresent(
            active -> {
              throw new ConflictException(
                  "Session " + active.id() + " is still active; close it first");
            });
    Session session = writes.start(command.notes());
    writes.storeNew(session);
    return views.of(session);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public SessionView close(long sessionId) {
    Session session = writes.load(sessionId);
    session.close(writes.now());
    writes.store(session);
    return views.of(session);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public SessionView changeNotes(ChangeNotesCommand command) {
    Session session = writes.load(command.sessionId());
    session.changeNotes(command.notes());
    writes.store(session);
    return views.of(session);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public void delete(long sessionId) {
    Session session = writes.load(sessionId);
    session.delete(writes.now());
    writes.publishRecorded(session);
    votes.discard(session.games().stream().map(SessionGame::id).toList());
    sessions.delete(sessionId);
  }
}
