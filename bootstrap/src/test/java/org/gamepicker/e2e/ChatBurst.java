package org.gamepicker.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many viewers at once, each on a socket of its own registered under a nick of its own, all saying
 * one line in a channel within a given time (paced evenly), as a chat does when a streamer asks for
 * votes. The viewers do not join the channel (see {@link Ngircd}).
 */
final class ChatBurst implements AutoCloseable {

  private final List<Socket> viewers;

  private ChatBurst(List<Socket> viewers) {
    this.viewers = viewers;
  }

  /** Connects and registers {@code count} viewers, nicks {@code prefix0}, {@code prefix1}, ... */
  static ChatBurst register(int port, String prefix, int count) throws Exception {
    ExecutorService connecting = Executors.newFixedThreadPool(8);
    try {
      List<Future<Socket>> pending = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String nick = prefix + i;
        pending.add(connecting.submit(() -> registered(port, nick)));
      }
      List<Socket> viewers = new ArrayList<>();
      for (Future<Socket> viewer : pending) {
        viewers.add(viewer.get());
      }
      return new ChatBurst(viewers);
    } finally {
      connecting.shutdownNow();
    }
  }

  /** Every viewer says {@code text} in the channel once, evenly spread over {@code within}. */
  void sayAll(String channel, String text, Duration within)
      throws IOException, InterruptedException {
    byte[] line = ("PRIVMSG " + channel + " :" + text + "\r\n").getBytes(StandardCharsets.UTF_8);
    long start = System.nanoTime();
    long step = within.toNanos() / viewers.size();
    for (int i = 0; i < viewers.size(); i++) {
      long wait = start + i * step - System.nanoTime();
      if (wait > 1_000_000) {
        Thread.sleep(wait / 1_000_000);
      }
      OutputStream out = viewers.get(i).getOutputStream();
      out.write(line);
      out.flush();
    }
  }

  int size() {
    return viewers.size();
  }

  private static Socket registered(int port, String nick) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(60_000);
    socket
        .getOutputStream()
        .write(
            ("NICK " + nick + "\r\nUSER " + nick + " 0 * :viewer\r\n")
                .getBytes(StandardCharsets.UTF_8));
    InputStream in = socket.getInputStream();
    StringBuilder seen = new StringBuilder();
    byte[] buffer = new byte[4096];
    while (seen.indexOf(" 001 ") < 0) {
      int read = in.read(buffer);
      if (read < 0) {
        socket.close();
        throw new IOException(nick + " was refused by the IRC server: " + seen);
      }
      seen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
    }
    return socket;
  }

  @Override
  public void close() {
    for (Socket viewer : viewers) {
      try {
        viewer.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
