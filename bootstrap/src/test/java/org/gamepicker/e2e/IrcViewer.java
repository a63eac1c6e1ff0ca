package org.gamepicker.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A viewer in an IRC channel, on a plain socket: registers with a nick, joins, talks, answers PING,
 * and keeps what others say in the channel ("nick: text").
 */
final class IrcViewer implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;
  private final BlockingQueue<String> said = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> registered = new LinkedBlockingQueue<>();
  private final String channel;

  private IrcViewer(Socket socket, String channel) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.channel = channel;
    Thread reader = new Thread(this::read, "irc-viewer");
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects, registers and joins the channel; returns once the server welcomed it. */
  static IrcViewer join(int port, String nick, String channel) throws Exception {
    IrcViewer viewer = new IrcViewer(new Socket(InetAddress.getLoopbackAddress(), port), channel);
    viewer.send("NICK " + nick);
    viewer.send("USER " + nick + " 0 * :viewer");
    if (viewer.registered.poll(20, TimeUnit.SECONDS) == null) {
      throw new AssertionError(nick + " was not welcomed by the IRC server within 20 s");
    }
    viewer.send("JOIN " + channel);
    return viewer;
  }

  void say(String text) {
    send("PRIVMSG " + channel + " :" + text);
  }

  /**
   * The next {@code count} messages said in the channel by {@code nick}, waiting up to patience.
   */
  List<String> awaitFrom(String nick, int count, Duration patience) throws InterruptedException {
    List<String> texts = new ArrayList<>();
    long deadline = System.nanoTime() + patience.toNanos();
    while (texts.size() < count) {
      String line = said.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        throw new AssertionError(
            "only " + texts.size() + " of " + count + " messages from " + nick + ": " + texts);
      }
      if (line.startsWith(nick + ": ")) {
        texts.add(line.substring(nick.length() + 2));
      }
    }
    return texts;
  }

  /** What was said in the channel and not yet awaited. */
  List<String> unread() {
    List<String> rest = new ArrayList<>();
    said.drainTo(rest);
    return rest;
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] words = line.split(" ", 4);
        if (line.startsWith("PING")) {
          send("PONG" + line.substring(4));
        } else if (words.length >= 2 && words[1].equals("001")) {
          registered.add(line);
        } else if (words.length == 4
            && words[1].equals("PRIVMSG")
            && words[2].equalsIgnoreCase(channel)) {
          String nick = words[0].substring(1, words[0].indexOf('!'));
          said.add(nick + ": " + words[3].substring(1));
        }
      }
    } catch (IOException closed) {
      // the test is over
    }
  }

  private void send(String line) {
    try {
      synchronized (out) {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
