package org.gamepicker.adapter.irc;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * An IRC client that keeps one channel: it connects, registers (asking for Twitch's tags), joins,
 * answers {@code PING}, pings a server that has been quiet for a while, and hands each message of
 * the channel to a listener; after any failure, a {@code KICK} or Twitch's {@code RECONNECT} it
 * connects again after a delay that doubles from 1 s to 60 s while the attempts fail, and joins
 * again. Texts said in the channel wait in a bounded queue and go out within the flood limit, in
 * order, also across a reconnect. It runs on two threads of the given factory: the connection's
 * (reads, answers) and the sender's (waits for the flood limit); callers never wait.
 */
final class IrcClient {

  static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  static final Duration LONGEST_RETRY = Duration.ofSeconds(60);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(90);

  /** Texts waiting to be said at most (the flood limit lets 20 out in 30 s on Twitch). */
  static final int QUEUE_CAPACITY = 200;

  private static final Logger LOG = Logger.getLogger(IrcClient.class.getName());

  private final IrcSettings settings;
  private final ThreadFactory threads;
  private final Consumer<IrcMessage> channelMessages;
  private final Duration readTimeout;
  private final FloodLimiter limiter;
  private final BlockingDeque<String> outgoing = new LinkedBlockingDeque<>(QUEUE_CAPACITY);

  /** Guards {@link #connection} and {@link #inChannel}, and is notified when they change. */
  private final Object state = new Object();

  private IrcConnection connection;
  private boolean inChannel;
  private String nick;
  private volatile boolean stopped;
  private Thread reader;
  private Thread sender;

  IrcClient(
      IrcSettings settings,
      ThreadFactory threads,
      Consumer<IrcMessage> channelMessages,
      Duration readTimeout) {
    this.settings = settings;
    this.threads = threads;
    this.channelMessages = channelMessages;
    this.readTimeout = readTimeout;
    this.limiter =
        new FloodLimiter(settings.floodMessages(), settings.floodPeriod(), System::nanoTime);
  }

  void start() {
    reader = threads.newThread(this::connectUntilStopped);
    reader.setName("irc-connection");
    sender = threads.newThread(this::sendUntilStopped);
    sender.setName("irc-sender");
    reader.start();
    sender.start();
  }

  /** Leaves the network (QUIT when connected) and ends both threads. */
  void stop() {
    stopped = true;
    synchronized (state) {
      if (connection != null) {
        try {
          connection.send(IrcLines.quit());
        } catch (IOException ignored) {
          // closing anyway
        }
        connection.close();
      }
      state.notifyAll();
    }
    for (Thread thread : new Thread[] {reader, sender}) {
      if (thread != null) {
        thread.interrupt();
      }
    }
  }

  /** Whether the client is in the channel now. */
  boolean inChannel() {
    synchronized (state) {
      return inChannel;
    }
  }

  /**
   * Queues texts for the channel, all or none: false when the client is not in the channel or the
   * queue has no room for them all.
   */
  boolean say(List<String> texts) {
    synchronized (state) {
      if (!inChannel || outgoing.remainingCapacity() < texts.size()) {
        return false;
      }
      texts.forEach(text -> outgoing.add(IrcLines.privmsg(settings.channel(), text)));
      return true;
    }
  }

  private void connectUntilStopped() {
    Duration delay = FIRST_RETRY;
    while (!stopped) {
      boolean joined = converseOnce();
      if (stopped) {
        return;
      }
      if (joined) {
        delay = FIRST_RETRY;
      }
      LOG.info(
          "IRC: connecting again to " + settings.describe() + " in " + delay.toSeconds() + " s");
      if (!pause(delay)) {
        return;
      }
      delay =
          delay.multipliedBy(2).compareTo(LONGEST_RETRY) > 0
              ? LONGEST_RETRY
              : delay.multipliedBy(2);
    }
  }

  /** One connection, from connecting to its end; whether it got into the channel. */
  private boolean converseOnce() {
    boolean joined = false;
    try (IrcConnection opened = IrcConnection.open(settings, readTimeout)) {
      synchronized (state) {
        if (stopped) {
          return false;
        }
        connection = opened;
      }
      register(opened);
      boolean pinged = false;
      while (!stopped) {
        String line;
        try {
          line = opened.readLine();
        } catch (SocketTimeoutException quiet) {
          if (pinged) {
            throw new IOException("the server did not answer for " + readTimeout.multipliedBy(2));
          }
          opened.send(IrcLines.ping("gamepicker"));
          pinged = true;
          continue;
        }
        if (line == null) {
          throw new EOFException("the server closed the connection");
        }
        pinged = false;
        if (!handle(opened, line)) {
          break;
        }
        joined |= inChannel();
      }
    } catch (IOException | RuntimeException e) {
      if (!stopped) {
        LOG.warning("IRC: the connection to " + settings.describe() + " failed or ended: " + e);
      }
    } finally {
      synchronized (state) {
        connection = null;
        inChannel = false;
        state.notifyAll();
      }
    }
    return joined;
  }

  private void register(IrcConnection opened) throws IOException {
    nick = settings.nick();
    opened.send(IrcLines.capabilityRequest());
    if (settings.password().isPresent()) {
      opened.send(IrcLines.pass(settings.password().get()));
    }
    opened.send(IrcLines.nick(nick));
    opened.send(IrcLines.user(settings.nick()));
    opened.send(IrcLines.capabilityEnd());
  }

  /** Acts on one line from the server; false to end this connection and connect again. */
  private boolean handle(IrcConnection opened, String line) throws IOException {
    IrcMessage message;
    try {
      message = IrcMessage.parse(line);
    } catch (IllegalArgumentException unreadable) {
      LOG.fine("IRC: skipped an unreadable line");
      return true;
    }
    switch (message.command()) {
      case "PING" -> opened.send(IrcLines.pong(message.trailing()));
      case "001" -> {
        nick = message.param(0);
        LOG.info("IRC: registered at " + settings.describe() + "; joining");
        opened.send(IrcLines.join(settings.channel()));
      }
      case "433" -> {
        nick = nick + "_";
        LOG.warning("IRC: nick in use; trying " + nick);
        opened.send(IrcLines.nick(nick));
      }
      case "JOIN" -> {
        if (fromMe(message) && isChannel(message.param(0))) {
          LOG.info("IRC: joined " + settings.channel());
          setInChannel(true);
        }
      }
      case "KICK" -> {
        if (isChannel(message.param(0)) && message.param(1).equalsIgnoreCase(nick)) {
          LOG.warning("IRC: kicked from " + settings.channel() + " (" + message.trailing() + ")");
          setInChannel(false);
          return false;
        }
      }
      case "PRIVMSG" -> {
        if (isChannel(message.param(0))) {
          channelMessages.accept(message);
        }
      }
      case "RECONNECT" -> {
        LOG.info("IRC: the server asked to reconnect");
        return false;
      }
      case "ERROR" -> LOG.warning("IRC: the server says: " + message.trailing());
      case "NOTICE" -> {
        if (message.source() != null && !message.source().contains("!")) {
          LOG.info("IRC: the server notes: " + message.trailing());
        }
      }
      default -> {
        if (message.command().matches("[45]\\d\\d")) {
          LOG.warning("IRC: the server refused something: " + line);
        }
      }
    }
    return true;
  }

  private boolean fromMe(IrcMessage message) {
    return message.nick().filter(source -> source.equalsIgnoreCase(nick)).isPresent();
  }

  private boolean isChannel(String name) {
    return name.equalsIgnoreCase(settings.channel());
  }

  private void setInChannel(boolean now) {
    synchronized (state) {
      inChannel = now;
      state.notifyAll();
    }
  }

  private void sendUntilStopped() {
    try {
      while (!stopped) {
        String line = outgoing.takeFirst();
        IrcConnection current = awaitChannel();
        TimeUnit.NANOSECONDS.sleep(limiter.reserve());
        try {
          current.send(line);
        } catch (IOException e) {
          outgoing.offerFirst(line);
          current.close(); // the connection's thread sees it, connects again and joins
          awaitGone(current);
        }
      }
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  private IrcConnection awaitChannel() throws InterruptedException {
    synchronized (state) {
      while (!inChannel || connection == null) {
        if (stopped) {
          throw new InterruptedException("stopped");
        }
        state.wait();
      }
      return connection;
    }
  }

  private void awaitGone(IrcConnection failed) throws InterruptedException {
    synchronized (state) {
      while (connection == failed && !stopped) {
        state.wait();
      }
    }
  }

  /** Sleeps; false when stopped meanwhile. */
  private boolean pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
      return !stopped;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
