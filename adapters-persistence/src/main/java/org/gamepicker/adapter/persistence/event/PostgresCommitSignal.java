package org.gamepicker.adapter.persistence.event;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gamepicker.adapter.persistence.common.DatabaseProduct;
import org.gamepicker.adapter.persistence.common.SqlDialect;
import org.gamepicker.application.port.out.event.EventCommitSignal;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The wake-up between nodes on PostgreSQL: {@code NOTIFY} after a commit (on a pooled connection),
 * and a connection of the listener's own data source ({@code jdbc/gamepicker-event-listener}, in
 * server.xml) that {@code LISTEN}s on a thread of its own and comes back after the database
 * restarts. The listener also looks every second whether another node listens (a connection of the
 * same database under the listener's application name, which its data source sets): a node alone
 * sends no {@code NOTIFY}. On H2 (one node) it does nothing.
 */
@ApplicationScoped
public class PostgresCommitSignal implements EventCommitSignal {

  static final String CHANNEL = "gamepicker_events";
  private static final Logger LOG = Logger.getLogger(PostgresCommitSignal.class.getName());

  /** The application name of the listening connections, as server.xml sets it. */
  private static final String LISTENER_NAME = "gamepicker-event-listener";

  private static final int WAIT_MILLIS = 1_000;
  private static final long MAX_RETRY_MILLIS = 5_000;

  @Resource(lookup = "jdbc/gamepicker")
  DataSource dataSource;

  /** Not transactional; its connections carry the application name {@link #LISTENER_NAME}. */
  @Resource(lookup = "jdbc/gamepicker-event-listener")
  DataSource listening;

  @Resource ManagedThreadFactory threads;

  @Inject DatabaseProduct database;

  /** Tells this node's own announcements apart from the others'. */
  private final String nodeId = UUID.randomUUID().toString();

  private volatile boolean stopped;
  private volatile Thread listener;

  /** Whether another node listened when last looked; assumed while this node cannot look. */
  private volatile boolean othersListening = true;

  @Override
  public void announce() {
    if (database.dialect() != SqlDialect.POSTGRESQL || !othersListening) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
      notify.setString(1, CHANNEL);
      notify.setString(2, nodeId);
      notify.execute();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Could not announce committed events; the others will poll", e);
    }
  }

  @Override
  public void listen(Runnable wakeUp) {
    if (database.dialect() != SqlDialect.POSTGRESQL) {
      return;
    }
    listener = threads.newThread(() -> listenUntilStopped(wakeUp));
    listener.setName(LISTENER_NAME);
    listener.start();
  }

  private void listenUntilStopped(Runnable wakeUp) {
    long retryMillis = 100;
    while (!stopped) {
      try (Connection connection = listening.getConnection()) {
        try (Statement listen = connection.createStatement()) {
          listen.execute("LISTEN " + CHANNEL);
        }
        retryMillis = 100;
        // Events committed while this node was not listening: the relay reads the log once.
        wakeUp.run();
        receive(connection, wakeUp);
      } catch (SQLException | RuntimeException e) {
        othersListening = true;
        if (!stopped) {
          LOG.log(
              Level.WARNING,
              "Listening for other nodes' events failed ("
                  + e.getMessage()
                  + "); retrying in "
                  + retryMillis
                  + " ms, polling meanwhile");
          pause(retryMillis);
          retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
        }
      }
    }
  }

  private void receive(Connection connection, Runnable wakeUp) throws SQLException {
    PGConnection postgres = connection.unwrap(PGConnection.class);
    long lookedAt = System.nanoTime();
    lookForOtherNodes(connection);
    while (!stopped) {
      PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
      if (notifications != null && fromAnotherNode(notifications)) {
        wakeUp.run();
      }
      if (System.nanoTime() - lookedAt >= TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS)) {
        // Also makes sure the connection is still alive (a dead one would wait forever).
        lookedAt = System.nanoTime();
        lookForOtherNodes(connection);
      }
    }
  }

  private void lookForOtherNodes(Connection connection) throws SQLException {
    boolean listening = anotherNodeListens(connection);
    if (listening != othersListening) {
      LOG.info(
          listening
              ? "Another node listens on this database: commits are announced to it"
              : "No other node listens on this database: commits are not announced");
    }
    othersListening = listening;
  }

  /** Whether another connection of this database listens under this listener's name. */
  private static boolean anotherNodeListens(Connection connection) throws SQLException {
    try (PreparedStatement others =
        connection.prepareStatement(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name LIKE ?"
                + " AND datname = current_database() AND pid <> pg_backend_pid())")) {
      // A prefix: a connection pooler may append to the name (PgBouncer adds the client's host).
      others.setString(1, LISTENER_NAME + "%");
      try (ResultSet answer = others.executeQuery()) {
        return answer.next() && answer.getBoolean(1);
      }
    }
  }

  private boolean fromAnotherNode(PGNotification[] notifications) {
    for (PGNotification notification : notifications) {
      if (!nodeId.equals(notification.getParameter())) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @PreDestroy
  void stop() {
    stopped = true;
    Thread running = listener;
    if (running != null) {
      running.interrupt();
    }
  }
}
