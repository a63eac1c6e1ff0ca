package org.gamepicker.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the cluster's nodes and PostgreSQL that can take the database away as a
 * restart does: {@link #cut()} drops every open connection and refuses new ones, {@link #restore()}
 * lets them through again.
 */
final class DatabaseOutageProxy implements AutoCloseable {

  private final InetSocketAddress database;
  private final ServerSocket listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean down;

  DatabaseOutageProxy(String databaseHost, int databasePort) {
    database = new InetSocketAddress(databaseHost, databasePort);
    try {
      listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::acceptUntilClosed, "database-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  /** The database goes away: open connections break, new ones are refused. */
  void cut() {
    down = true;
    open.forEach(DatabaseOutageProxy::closeQuietly);
    open.clear();
  }

  /** The database is back. */
  void restore() {
    down = false;
  }

  private void acceptUntilClosed() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (down) {
          closeQuietly(client);
          continue;
        }
        Socket server = new Socket();
        server.connect(database, 2_000);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        // closed, or the database refused: the node sees a failed connection
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16_384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException closed) {
                // one side went away
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "database-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    cut();
    try {
      listener.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
