package org.gamepicker.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.gamepicker.application.service.idempotency.StoredAnswersPruner;

/**
 * Wires the {@link StoredAnswersPruner} to the server: starts it at startup (after the database is
 * migrated) on the server's managed scheduled executor and stops it with the application.
 */
@ApplicationScoped
public class StoredAnswersPruningRunner {

  @Resource ManagedScheduledExecutorService executor;
  @Inject StoredAnswersPruner pruner;

  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) Startup startup) {
    pruner.start(executor);
  }

  @PreDestroy
  void stop() {
    pruner.stop();
  }
}
