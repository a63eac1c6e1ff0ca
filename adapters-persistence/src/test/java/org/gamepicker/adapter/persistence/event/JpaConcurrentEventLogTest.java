package org.gamepicker.adapter.persistence.event;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
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

  /** Work in a transaction that ends as the test decides. */
  public interface HeldWork {
    void run();
  }

  /** Ends a held transaction by rolling it back. */
  private static final class RolledBack extends RuntimeException {}

  @Override
  protected EventLog log() {
    log = new JpaEventLog();
    log.entityManager = DATABASE.entityManager();
    log.database = DATABASE.product();
    log.heldBack = () -> {};
    return DATABASE.transactional(EventLog.class, log);
  }

  @Override
  protected OpenAppend appendAndStayOpen(DomainEvent event) {
    CompletableFuture<Long> appended = new CompletableFuture<>();
    Held held = hold(() -> appended.complete(log.append(event).id()), appended);
    return new OpenAppend() {
      @Override
      public long id() {
        return appended.orTimeout(10, TimeUnit.SECONDS).join();
      }

      @Override
      public void commit() {
        held.end(true);
      }

      @Override
      public void rollBack() {
        held.end(false);
      }
    };
  }

  @Override
  protected OpenTransaction writeOtherThanEventsAndStayOpen() {
    CompletableFuture<Void> written = new CompletableFuture<>();
    Held held =
        hold(
            () -> {
              DATABASE
                  .entityManager()
                  .createNativeQuery(
                      "INSERT INTO event_subscriber_cursor (subscriber, last_event_id)"
                          + " VALUES ('slow-subscriber', 0)")
                  .executeUpdate();
              written.complete(null);
            },
            written);
    written.orTimeout(10, TimeUnit.SECONDS).join();
    return () -> held.end(true);
  }

  /** A transaction on a thread of its own that has done its work and waits to be ended. */
  private record Held(CompletableFuture<Boolean> commit, CompletableFuture<Void> ended) {

    /** Commits (or rolls back) and waits for the end. */
    void end(boolean commits) {
      commit.complete(commits);
      (commits ? ended : ended.exceptionally(rolledBack -> null))
          .orTimeout(10, TimeUnit.SECONDS)
          .join();
    }
  }

  /** Runs {@code work} in a transaction that stays open; its failure fails {@code done}. */
  private static Held hold(Runnable work, CompletableFuture<?> done) {
    CompletableFuture<Boolean> commit = new CompletableFuture<>();
    HeldWork held =
        DATABASE.transactional(
            HeldWork.class,
            () -> {
              work.run();
              if (!commit.join()) {
                throw new RolledBack();
              }
            });
    CompletableFuture<Void> ended =
        CompletableFuture.runAsync(held::run, task -> new Thread(task).start());
    ended.whenComplete(
        (finished, failed) -> {
          if (failed != null) {
            done.completeExceptionally(failed);
          }
        });
    return new Held(commit, ended);
  }

  @Override
  protected boolean appendsRunSideBySide() {
    return "postgresql".equals(System.getProperty("it.db.kind"));
  }
}
