package org.gamepicker.bootstrap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds out at start whether another program holds the HTTP port, while Liberty has not opened it
 * yet (it opens its ports only once the applications of its server.xml started): Liberty would log
 * the failed bind and then "ready to run" all the same, serving nothing. Checked only in a JVM that
 * runs Game Picker alone (server.xml's {@code gamepicker.owns.jvm}), and only at the application's
 * first start in it: when the application is started again in a running server, the server itself
 * holds the port. A port still taken after a grace period (a previous instance that is still
 * stopping) is logged as SEVERE, fails the application's start and ends the JVM with {@link
 * #EXIT_CODE}. The check runs before the start's other steps; once they all succeeded, the log says
 * the address the server answers on and whether other machines can reach it (when one failed, it
 * says so instead: {@link FailedStartReport}).
 */
@ApplicationScoped
public class HttpPortGuard {

  /** The exit code of a server whose port another program holds: EADDRINUSE on Linux. */
  static final int EXIT_CODE = 98;

  private static final Logger LOG = Logger.getLogger(HttpPortGuard.class.getName());
  private static final Duration GRACE_PERIOD = Duration.ofSeconds(10);

  /**
   * Set in the JVM once the port was checked: it outlives the application's class loader, which a
   * restart of the application replaces.
   */
  private static final String CHECKED = "gamepicker.httpPortChecked";

  /** Set by Game Picker's server.xml, as is the address below. */
  @Inject
  @ConfigProperty(name = "PORT")
  Optional<Integer> configuredPort;

  /** Set when the server serves HTTPS too (TlsEndpoint): plain HTTP then redirects to it. */
  @Inject
  @ConfigProperty(name = "HTTPS_PORT")
  Optional<Integer> httpsPort;

  @Inject
  @ConfigProperty(name = "BIND_ADDRESS", defaultValue = "127.0.0.1")
  String bindAddress;

  @Inject
  @ConfigProperty(name = "gamepicker.owns.jvm", defaultValue = "false")
  boolean ownsJvm;

  /** The port found free at this start, to be logged once the start succeeded. */
  private Integer freePort;

  void checkAtStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup) {
    if (configuredPort.isEmpty() || !ownsJvm || System.getProperty(CHECKED) != null) {
      return;
    }
    System.setProperty(CHECKED, "true");
    int port = configuredPort.get();
    Instant deadline = Instant.now().plus(GRACE_PERIOD);
    while (!isFree(port) && Instant.now().isBefore(deadline)) {
      sleepASecond();
    }
    if (isFree(port)) {
      freePort = port;
      return;
    }
    String problem =
        "Port "
            + port
            + " is in use by another program: set PORT to a free port (e.g. PORT="
            + (port + 1)
            + ")";
    LOG.severe(problem);
    LOG.severe("Game Picker stops its server with exit code " + EXIT_CODE);
    // not on this thread: the JVM's shutdown waits for the application's start that this thread
    // runs, and which it ends by failing it
    new Thread(() -> System.exit(EXIT_CODE), "port-in-use-exit").start();
    throw new IllegalStateException(problem);
  }

  /** After every other start-up step: logged only when the application did start. */
  void reportAtStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) Startup startup) {
    if (freePort != null) {
      LOG.info(listeningOn(freePort));
    }
  }

  private String listeningOn(int port) {
    if ("*".equals(bindAddress)) {
      return httpsPort
          .map(
              https ->
                  "Game Picker listens on port "
                      + https
                      + " (HTTPS) and port "
                      + port
                      + " (HTTP, redirected to HTTPS but for /health/*) of every network interface"
                      + " (BIND_ADDRESS=*)")
          .orElse(
              "Game Picker listens on port "
                  + port
                  + " of every network interface (BIND_ADDRESS=*), over plain HTTP: put TLS in"
                  + " front (docs/deployment.md)");
    }
    String host = bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    String plain = "http://" + host + ":" + port + "/";
    String where =
        isLoopback() ? ", this machine only (BIND_ADDRESS=* opens it to the network)" : "";
    return httpsPort
        .map(
            https ->
                "Game Picker listens on https://"
                    + host
                    + ":"
                    + https
                    + "/ ("
                    + plain
                    + " redirects to it but for /health/*)"
                    + where)
        .orElse("Game Picker listens on " + plain + where);
  }

  private boolean isLoopback() {
    try {
      return InetAddress.getByName(bindAddress).isLoopbackAddress();
    } catch (IOException unknown) {
      return false;
    }
  }

  /** Whether the address and port Liberty will listen on can be bound, as Liberty binds them. */
  private boolean isFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      InetSocketAddress address =
          "*".equals(bindAddress)
              ? new InetSocketAddress(port)
              : new InetSocketAddress(InetAddress.getByName(bindAddress), port);
      probe.bind(address);
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  private static void sleepASecond() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
