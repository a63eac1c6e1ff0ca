package org.gamepicker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real IRC server for the IRC adapter's tests: Debian's ngIRCd ({@code apt-get install ngircd}),
 * started in the foreground on a free port of 127.0.0.1 with a configuration this class writes: no
 * DNS or ident lookups, no per-address connection limit (the test's viewers all come from
 * 127.0.0.1), long nicks, and a predefined channel without mode {@code n}, so that a viewer may
 * talk in it without joining (5,000 joined viewers would each be told of every other's join).
 */
final class Ngircd implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private Ngircd(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The ngircd program, if installed (it lives in /usr/sbin, often not on a user's PATH). */
  static Optional<Path> program() {
    return Stream.concat(
            MachineTools.onPath("ngircd").stream(), Stream.of(Path.of("/usr/sbin/ngircd")))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Starts ngIRCd with the channel predefined; skips the test when ngIRCd is not installed. */
  static Ngircd start(Path dir, String channel) throws IOException, InterruptedException {
    Optional<Path> program = program();
    MachineTools.require(
        program.isPresent(),
        "ngIRCd, a real IRC server, is not installed (apt-get install ngircd)");
    int port = freePort();
    Files.createDirectories(dir);
    Path config = dir.resolve("ngircd.conf");
    Files.writeString(
        config,
        """
        [Global]
        Name = irc.gamepicker.test
        Info = Game Picker's test IRC server
        AdminInfo1 = test
        AdminInfo2 = test
        AdminEMail = test@localhost
        Listen = 127.0.0.1
        Ports = %d
        MotdPhrase = Game Picker test network
        [Limits]
        MaxConnections = 0
        MaxConnectionsIP = 0
        MaxJoins = 0
        MaxNickLength = 30
        PingTimeout = 300
        [Options]
        DNS = no
        Ident = no
        PAM = no
        [Channel]
        Name = %s
        Modes = t
        """
            .formatted(port, channel));
    Path log = dir.resolve("ngircd.log");
    Process process =
        new ProcessBuilder(program.get().toString(), "--nodaemon", "--config", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Ngircd server = new Ngircd(process, port, log);
    server.awaitListening(Duration.ofSeconds(20));
    return server;
  }

  int port() {
    return port;
  }

  private void awaitListening(Duration patience) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("ngIRCd exited at start: " + Files.readString(log));
      }
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(
        "ngIRCd did not listen within " + patience + ": " + Files.readString(log));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
