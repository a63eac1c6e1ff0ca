package org.gamepicker.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.gamepicker.application.service.event.EventRelay;

/** Runs the event relay every second, as a safety net behind the after-commit trigger. */
@ApplicationScoped
public class EventRelayTimer {

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject EventRelay relay;
  private ScheduledFuture<?> task;

  void start(@Observes Startup startup) {
    relay.relayNewEvents();
    task = scheduler.scheduleWithFixedDelay(relay::relayNewEvents, 1, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
