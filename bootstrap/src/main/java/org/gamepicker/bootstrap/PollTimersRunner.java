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
import org.gamepicker.application.service.poll.PollTallyScheduler;

/**
 * Wires the polls' timers to the server: the {@link PollClosingScheduler} and the {@link
 * PollTallyScheduler} start at startup (after the database is migrated) on the server's managed
 * scheduled executor and stop with the application.
 */
@ApplicationScoped
public class PollTimersRunner {

  @Resource ManagedScheduledExecutorService executor;
  @Inject PollClosingScheduler closing;
  @Inject PollTallyScheduler trailingTallies;

  /** After the event relay's start (default priority): both publish events. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) Startup startup) {
    closing.start(executor);
    trailingTallies.start(executor);
  }

  @PreDestroy
  void stop() {
    closing.stop();
    trailingTallies.stop();
  }
}
