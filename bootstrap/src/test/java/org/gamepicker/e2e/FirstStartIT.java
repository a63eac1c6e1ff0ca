package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A newcomer's first start, on a server of its own with the shipped configuration: it listens on
 * this machine only, when another program holds its port it says so and exits instead of reporting
 * itself ready while serving nothing, and when the application cannot start the log says so after
 * the cause and the ready check answers DOWN.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class FirstStartIT {

  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s,;)\"']+");
  private static final int PORT = Integer.getInteger("it.http.port", 9680) + 11;

  @Test
  void aServerWhosePortAnotherProgramHoldsSaysSoAndExits() throws Exception {
    try (ServerSocket otherProgram = new ServerSocket(PORT);
        StandaloneServer server = StandaloneServer.prepare("port-in-use", PORT)) {
      server.launch();
      Optional<Integer> exitCode = server.awaitExit(Duration.ofMinutes(2));

      assertThat(exitCode).as("the server's exit code while port %d is taken", PORT).contains(98);
      assertThat(Files.readString(server.messagesLog()))
          .contains(
              "Port "
                  + PORT
                  + " is in use by another program: set PORT to a free port (e.g. PORT=");
    }
  }

  @Test
  void aServerWhoseApplicationCannotStartSaysSoAfterTheCauseAndIsNotReady() throws Exception {
    try (StandaloneServer server =
        StandaloneServer.prepare("weak-admin-key", PORT)
            .withEnvironment("ADMIN_KEY", "too-short")) {
      server.launch();
      String didNotStart = "Game Picker did not start: ADMIN_KEY is too weak";

      assertThat(server.awaitInLog(didNotStart, Duration.ofMinutes(5)))
          .as("the log says that Game Picker did not start, and why")
          .isTrue();
      String log = Files.readString(server.messagesLog());
      assertThat(log.indexOf(didNotStart))
          .as("the line comes after the cause's own error")
          .isGreaterThan(log.indexOf("ADMIN_KEY is too weak"));
      assertThat(log)
          .contains("/health/ready answers DOWN")
          .doesNotContain("Game Picker listens on");
      assertThat(server.awaitStatus("/health/ready", Duration.ofMinutes(2))).isEqualTo(503);
      assertThat(server.awaitStatus("/api/games", Duration.ofSeconds(10))).isEqualTo(404);
      assertThat(server.awaitExit(Duration.ZERO))
          .as("the server keeps running, its ready check DOWN, for its host to see")
          .isEmpty();
    }
  }

  @Test
  void theDefaultServerAnswersOnTheLoopbackOnly() throws Exception {
    Optional<InetAddress> networkAddress = nonLoopbackAddress();
    assumeTrue(networkAddress.isPresent(), "this machine has no network address but the loopback");
    try (StandaloneServer server = StandaloneServer.prepare("loopback", PORT)) {
      server.start();

      try (Socket loopback = connect(InetAddress.getByName("127.0.0.1"))) {
        assertThat(loopback.isConnected()).isTrue();
      }
      assertThatThrownBy(() -> connect(networkAddress.get()).close())
          .as("a connection to %s:%d", networkAddress.get().getHostAddress(), PORT)
          .isInstanceOf(ConnectException.class);
      String log = Files.readString(server.messagesLog());
      assertThat(log)
          .contains(
              "Game Picker listens on http://127.0.0.1:"
                  + PORT
                  + "/, this machine only (BIND_ADDRESS=* opens it to the network)");
      List<String> addresses = ADDRESS.matcher(log).results().map(MatchResult::group).toList();
      assertThat(addresses).isNotEmpty();
      for (String address : addresses) {
        assertThat(statusOf(address))
            .as("GET %s, an address the start log shows", address)
            .isLessThan(400);
      }
    }
  }

  private static int statusOf(String address) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static Socket connect(InetAddress address) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(address, PORT), 2000);
    return socket;
  }

  /** An IPv4 address of this machine on an interface that is up and not the loopback. */
  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .filter(
            network -> {
              try {
                return network.isUp() && !network.isLoopback();
              } catch (SocketException e) {
                return false;
              }
            })
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLinkLocalAddress())
        .findFirst();
  }
}
