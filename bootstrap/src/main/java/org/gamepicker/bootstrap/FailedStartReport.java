package org.gamepicker.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.util.logging.Logger;

/**
 * Says in the log, after the cause, that Game Picker does not serve when its start failed: Liberty
 * logs the cause and then "ready to run a smarter planet" all the same. The start's steps
 * (migrations, keys, the keys' check against the database, the port's) run in the observers of the
 * application scope's start and of {@link Startup}; this extension watches them, keeps the first
 * failure and names it when the failed application is taken down, which Liberty does right after
 * logging the failure.
 */
public class FailedStartReport implements Extension {

  static final String DID_NOT_START = "Game Picker did not start: ";

  static final String WHAT_NOW =
      ". It serves nothing and /health/ready answers DOWN until it is started again with the"
          + " cause fixed; see docs/troubleshooting.md, \"The server never becomes ready\".";

  private static final Logger LOG = Logger.getLogger(FailedStartReport.class.getName());

  private volatile Throwable failure;

  <T, X> void watch(@Observes ProcessObserverMethod<T, X> discovered) {
    ObserverMethod<T> observer = discovered.getObserverMethod();
    if (!runsAtStart(observer)) {
      return;
    }
    discovered
        .configureObserverMethod()
        .notifyWith(
            event -> {
              try {
                observer.notify(event);
              } catch (RuntimeException | Error failed) {
                if (failure == null) {
                  failure = failed;
                }
                throw failed;
              }
            });
  }

  void report(@Observes BeforeShutdown shutdown) {
    if (failure != null) {
      LOG.severe(message(failure));
    }
  }

  /** The log line for a start that {@code failed}: its cause in one line, and what follows. */
  static String message(Throwable failed) {
    return DID_NOT_START + cause(failed) + WHAT_NOW;
  }

  /** The first line of the first message along the chain of causes, or the exception's name. */
  private static String cause(Throwable failed) {
    for (Throwable t = failed; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.isBlank()) {
        return message.strip().lines().findFirst().orElseThrow().replaceFirst("\\.$", "");
      }
    }
    return failed.getClass().getName();
  }

  private static boolean runsAtStart(ObserverMethod<?> observer) {
    return observer.getObservedType() == Startup.class
        || observer.getObservedQualifiers().stream()
            .anyMatch(
                qualifier ->
                    qualifier instanceof Initialized initialized
                        && initialized.value() == ApplicationScoped.class);
  }
}
