package org.gamepicker.adapter.websocket.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.websocket.CloseReason;
import java.lang.ref.WeakReference;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.junit.jupiter.api.Test;

class LiveBroadcasterTest {

  private final List<Runnable> timers = new ArrayList<>();
  private final List<Runnable> cancelledTimers = new ArrayList<>();
  private final List<CloseReason> closes = new ArrayList<>();
  private final LiveBroadcaster broadcaster = new LiveBroadcaster();

  LiveBroadcasterTest() {
    broadcaster.scheduler =
        (ManagedScheduledExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("schedule")) {
                    return null;
                  }
                  Runnable timer = (Runnable) args[0];
                  timers.add(timer);
                  return Proxy.newProxyInstance(
                      getClass().getClassLoader(),
                      new Class<?>[] {ScheduledFuture.class},
                      (future, futureMethod, futureArgs) -> {
                        if (futureMethod.getName().equals("cancel")) {
                          cancelledTimers.add(timer);
                        }
                        return false;
                      });
                });
  }

  @Test
  void stoppingCancelsThePendingAuthenticationTimers() {
    broadcaster.connected(new LiveClient(FakeConnections.open("early", null, closes), () -> {}));
    broadcaster.connected(new LiveClient(FakeConnections.open("late", null, closes), () -> {}));

    broadcaster.closeAll();

    assertThat(cancelledTimers).containsExactlyInAnyOrderElementsOf(timers).hasSize(2);
  }

  @Test
  void aClientThatGoesHasItsAuthenticationTimerCancelled() {
    connectAndDisconnect("brief");

    assertThat(cancelledTimers).containsExactlyElementsOf(timers).hasSize(1);
  }

  @Test
  void aClientThatDoesNotAuthenticateInTimeIsClosedWithPolicyViolation() {
    broadcaster.connected(new LiveClient(FakeConnections.open("slow", null, closes), () -> {}));

    timers.forEach(Runnable::run);

    assertThat(closes)
        .singleElement()
        .satisfies(
            close -> {
              assertThat(close.getCloseCode()).isEqualTo(CloseReason.CloseCodes.VIOLATED_POLICY);
              assertThat(close.getReasonPhrase()).isEqualTo("Authentication timeout");
            });
  }

  @Test
  void anAuthenticatedClientIsLeftOpenWhenTheTimerRuns() {
    LiveClient client = new LiveClient(FakeConnections.open("quick", null, closes), () -> {});
    broadcaster.connected(client);
    client.authenticate();

    timers.forEach(Runnable::run);

    assertThat(closes).isEmpty();
  }

  /** Bots that reconnect often must not leave their closed connections in memory. */
  @Test
  void aClosedConnectionIsNotKeptInMemoryByItsPendingAuthenticationTimer() throws Exception {
    WeakReference<LiveClient> closedClient = connectAndDisconnect("gone");

    for (int attempt = 0; attempt < 50 && closedClient.get() != null; attempt++) {
      System.gc();
      Thread.sleep(20);
    }

    assertThat(timers).hasSize(1);
    assertThat(closedClient.get()).isNull();
    timers.forEach(Runnable::run);
    assertThat(closes).isEmpty();
  }

  private WeakReference<LiveClient> connectAndDisconnect(String id) {
    LiveClient client = new LiveClient(FakeConnections.open(id, null, closes), () -> {});
    broadcaster.connected(client);
    broadcaster.disconnected(client);
    return new WeakReference<>(client);
  }
}
