package org.gamepicker.adapter.persistence.event;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.fakes.RecordingEvent;
import org.gamepicker.application.port.out.event.ConcurrentEventLogContract;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.domain.event.DomainEvent;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The event log's contract under concurrent transactions, on JPA and the contract tests' database:
 * side by side on PostgreSQL, in order of the lock on H2.
 */
class JpaConcurrentEventLogTest extends ConcurrentEventLogContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  private JpaEventLog log;

  /** An append whose transaction ends as the test decides. */
  public interface HeldAppend {
    void append(DomainEvent event);
  }

  /** Ends a held transaction by rolling it back. */
  private static final class RolledBack extends RuntimeException {}

  @Override
  protected EventLog log() {
    log = new JpaEventLog();
    log.entityManager = DATABASE.entityManager();
    log.wireEvents = new WireEvents();
    log.eventsInFlight = new RecordingEvent<>();
    return DATABASE.transactional(EventLog.class, log);
  }

  @Override
  protected OpenAppend appendAndStayOpen(DomainEvent event) {
    CompletableFuture<Long> appended = new CompletableFuture<>();
    CompletableFuture<Boolean> commit = new CompletableFuture<>();
    HeldAppend held =
        DATABASE.transactional(
            HeldAppend.class,
            toAppend -> {
              appended.complete(log.append(toAppend).id());
              if (!commit.join()) {
                throw new RolledBack();
              }
            });
    CompletableFuture<Void> ended =
        CompletableFuture.runAsync(() -> held.append(event), task -> new Thread(task).start());
    ended.whenComplete(
        (done, failed) -> {
          if (failed != null) {
            appended.completeExceptionally(failed);
          }
        });
    return new OpenAppend() {
      @Override
      public long id() {
        return appended.orTimeout(10, TimeUnit.SECONDS).join();
      }

      @Override
      public void commit() {
        commit.complete(true);
        ended.orTimeout(10, TimeUnit.SECONDS).join();
      }

      @Override
      public void rollBack() {
        commit.complete(false);
        ended.exceptionally(rolledBack -> null).orTimeout(10, TimeUnit.SECONDS).join();
      }
    };
  }

  @Override
  protected boolean appendsRunSideBySide() {
    return "postgresql".equals(System.getProperty("it.db.kind"));
  }
}
