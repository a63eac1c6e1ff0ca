package org.gamepicker.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.gamepicker.application.service.event.EventRelayScheduler;

/**
 * Wires the {@link EventRelayScheduler} to the server: starts it at startup on the server's managed
 * executors and stops it with the application.
 */
@ApplicationScoped
public class EventRelayRunner {

  @Resource ManagedScheduledExecutorService executor;
  @Resource ManagedExecutorService subscriberTasks;
  @Inject EventRelayScheduler scheduler;

  void start(@Observes Startup startup) {
    scheduler.start(executor, subscriberTasks);
  }

  @PreDestroy
  void stop() {
    scheduler.stop();
  }
}
