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
import org.gamepicker.application.service.retention.RetentionScheduler;

/**
 * Wires the {@link RetentionScheduler} to the server: starts it at startup (after the database is
 * migrated and the event relay started) on the server's managed scheduled executor and stops it
 * with the application.
 */
@ApplicationScoped
public class RetentionRunner {

  @Resource ManagedScheduledExecutorService executor;
  @Inject RetentionScheduler scheduler;

  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) Startup startup) {
    scheduler.start(executor);
  }

  @PreDestroy
  void stop() {
    scheduler.stop();
  }
}
