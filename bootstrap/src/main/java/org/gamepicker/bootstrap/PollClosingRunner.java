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
import org.gamepicker.application.service.poll.PollClosingScheduler;

/**
 * Wires the {@link PollClosingScheduler} to the server: starts it at startup (after the database is
 * migrated) on the server's managed scheduled executor and stops it with the application.
 */
@ApplicationScoped
public class PollClosingRunner {

  @Resource ManagedScheduledExecutorService executor;
  @Inject PollClosingScheduler scheduler;

  /** After the event relay's start (default priority): closing a poll publishes events. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) Startup startup) {
    scheduler.start(executor);
  }

  @PreDestroy
  void stop() {
    scheduler.stop();
  }
}
