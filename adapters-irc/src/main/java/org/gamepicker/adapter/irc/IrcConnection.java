package org.gamepicker.adapter.irc;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One TCP (or TLS, with the host name checked against the certificate) connection to an IRC server:
 * sends lines (from any thread, one at a time) and reads them. A line longer than {@link
 * #MAX_LINE_BYTES} is skipped to its end without being held, so a server cannot make the adapter
 * buffer without bound.
 */
final class IrcConnection implements Closeable {

  /** IRCv3: 8191 bytes of tags plus 512 for the rest of the line. */
  static final int MAX_LINE_BYTES = 8191 + 512;

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);

  /** Whether the line being read went over the limit (its rest is skipped). */
  private boolean tooLong;

  private IrcConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** Connects; a read then waits at most {@code readTimeout} (SocketTimeoutException). */
  static IrcConnection open(IrcSettings settings, Duration readTimeout) throws IOException {
    Socket plain = new Socket();
    try {
      plain.connect(
          new InetSocketAddress(settings.host(), settings.port()),
          (int) CONNECT_TIMEOUT.toMillis());
      plain.setSoTimeout((int) readTimeout.toMillis());
      plain.setTcpNoDelay(true);
      plain.setKeepAlive(true);
      if (!settings.tls()) {
        return new IrcConnection(plain);
      }
      SSLSocket tls =
          (SSLSocket)
              ((SSLSocketFactory) SSLSocketFactory.getDefault())
                  .createSocket(plain, settings.host(), settings.port(), true);
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      tls.setSSLParameters(parameters);
      tls.startHandshake();
      return new IrcConnection(tls);
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
  }

  /** Sends one line (CR LF added). */
  synchronized void send(String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * The next line without its CR LF (UTF-8, malformed bytes replaced); null at the end of the
   * stream. Throws SocketTimeoutException when nothing arrived within the read timeout.
   */
  String readLine() throws IOException {
    while (true) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      if (b == '\n') {
        if (tooLong) {
          tooLong = false;
          line.reset();
          continue;
        }
        byte[] bytes = line.toByteArray();
        line.reset();
        int length =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (length == 0) {
          continue;
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
      }
      if (line.size() < MAX_LINE_BYTES) {
        line.write(b);
      } else {
        tooLong = true;
      }
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
