package org.gamepicker.adapter.irc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A scripted IRC server for the client's tests: one connection at a time, lines in and out. */
final class FakeIrcServer implements AutoCloseable {

  private final ServerSocket listening;

  FakeIrcServer() throws IOException {
    listening = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    listening.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
  }

  int port() {
    return listening.getLocalPort();
  }

  /** Waits for the client to connect. */
  Client accept() throws IOException {
    return new Client(listening.accept());
  }

  @Override
  public void close() throws IOException {
    listening.close();
  }

  /** One connected client: what it sent, and a way to answer. */
  static final class Client implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Long> receivedAt = new LinkedBlockingQueue<>();

    Client(Socket socket) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    received.add(line);
                    receivedAt.add(System.nanoTime());
                  }
                } catch (IOException closed) {
                  // the test closed it
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    void send(String line) {
      try {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The next line the client sent, within 10 s, or an AssertionError. */
    String next() throws InterruptedException {
      String line = received.poll(10, TimeUnit.SECONDS);
      if (line == null) {
        throw new AssertionError("the client sent nothing within 10 s");
      }
      return line;
    }

    /** The next line, and when it arrived (System.nanoTime). */
    long nextArrival() throws InterruptedException {
      next();
      return receivedAt.take();
    }

    /** Skips lines until one starts with the prefix, and returns it. */
    String awaitLine(String prefix) throws InterruptedException {
      while (true) {
        String line = next();
        receivedAt.take();
        if (line.startsWith(prefix)) {
          return line;
        }
      }
    }

    /** Lets the client register and join: the welcome and the echo of its JOIN. */
    void welcomeAndJoin(String nick, String channel) throws InterruptedException {
      awaitLine("USER ");
      send(":fake.irc 001 " + nick + " :Welcome");
      awaitLine("JOIN " + channel);
      send(":" + nick + "!bot@host JOIN " + channel);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
