package org.gamepicker.e2e;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket client on a plain socket, for hostile tests: it writes frames exactly as told (one
 * frame announcing 40 MB, or a message in many small fragments) and streams their payload, which no
 * ordinary client library does.
 */
final class RawWebSocket implements AutoCloseable {

  static final int TEXT = 0x1;
  static final int BINARY = 0x2;
  private static final int CONTINUATION = 0x0;
  private static final int CLOSE = 0x8;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "raw-websocket-deadlines");
            thread.setDaemon(true);
            return thread;
          });

  private final Socket socket;
  private final OutputStream out;
  private final DataInputStream in;

  private RawWebSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = new DataInputStream(socket.getInputStream());
  }

  /** Opens {@code path} on localhost:{@code port} and completes the upgrade handshake. */
  static RawWebSocket open(int port, String path) throws IOException {
    RawWebSocket client = new RawWebSocket(new Socket("localhost", port));
    byte[] key = new byte[16];
    RANDOM.nextBytes(key);
    client.out.write(
        ("GET "
                + path
                + " HTTP/1.1\r\nHost: localhost:"
                + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(key)
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    String status = client.readHeaders();
    if (!status.startsWith("HTTP/1.1 101")) {
      client.close();
      throw new IOException("Upgrade refused: " + status);
    }
    return client;
  }

  /**
   * Closes the socket after {@code lifetime}, whatever it is doing then: a server that stops
   * reading would otherwise leave a write blocked for ever.
   */
  RawWebSocket closeAfter(Duration lifetime) {
    DEADLINES.schedule(
        () -> {
          try {
            close();
          } catch (IOException alreadyClosed) {
            // nothing left to close
          }
        },
        lifetime.toMillis(),
        TimeUnit.MILLISECONDS);
    return this;
  }

  /** Sends a text message. */
  void sendText(String text) throws IOException {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    writeHeader(TEXT, true, payload.length);
    out.write(payload);
    out.flush();
  }

  /**
   * Sends one message of {@code bytes} bytes of the letter a, in frames of {@code frameBytes} (one
   * frame when it is as large as the message), and stops quietly when the server has closed the
   * connection. True when all of it was written.
   */
  boolean sendMessage(int opcode, long bytes, int frameBytes) {
    byte[] chunk =
        "a".repeat((int) Math.min(frameBytes, 64 * 1024)).getBytes(StandardCharsets.UTF_8);
    try {
      long sent = 0;
      int frameOpcode = opcode;
      do {
        long frame = Math.min(frameBytes, bytes - sent);
        writeHeader(frameOpcode, sent + frame >= bytes, frame);
        for (long written = 0; written < frame; written += chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, frame - written));
        }
        sent += frame;
        frameOpcode = CONTINUATION;
      } while (sent < bytes);
      out.flush();
      return true;
    } catch (IOException closedByServer) {
      return false;
    }
  }

  /**
   * The close code of the server's close frame, skipping other frames; empty when the connection
   * ends without one or nothing comes within {@code timeout}.
   */
  Optional<Integer> awaitCloseCode(Duration timeout) throws IOException {
    socket.setSoTimeout((int) timeout.toMillis());
    try {
      while (true) {
        Frame frame = readFrame();
        if (frame.opcode() == CLOSE) {
          return Optional.of(
              frame.payload().length >= 2
                  ? ByteBuffer.wrap(frame.payload()).getShort() & 0xFFFF
                  : 1005);
        }
      }
    } catch (SocketTimeoutException | EOFException | SocketException ended) {
      return Optional.empty();
    }
  }

  /** The payload of the next frame the server sends, which must be a text frame. */
  String nextText(Duration timeout) throws IOException {
    socket.setSoTimeout((int) timeout.toMillis());
    Frame frame = readFrame();
    String text = new String(frame.payload(), StandardCharsets.UTF_8);
    if (frame.opcode() != TEXT) {
      throw new IOException("Expected a text frame, got opcode " + frame.opcode() + ": " + text);
    }
    return text;
  }

  /** One frame from the server (never masked, never larger than a reply of the protocol). */
  private Frame readFrame() throws IOException {
    int first = in.readUnsignedByte();
    long length = in.readUnsignedByte() & 0x7F;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    return new Frame(first & 0x0F, in.readNBytes((int) length));
  }

  private record Frame(int opcode, byte[] payload) {}

  /** Client frames are masked; a zero mask keeps the payload as written. */
  private void writeHeader(int opcode, boolean fin, long length) throws IOException {
    out.write((fin ? 0x80 : 0) | opcode);
    if (length < 126) {
      out.write(0x80 | (int) length);
    } else if (length < 65536) {
      out.write(0x80 | 126);
      out.write(ByteBuffer.allocate(2).putShort((short) length).array());
    } else {
      out.write(0x80 | 127);
      out.write(ByteBuffer.allocate(8).putLong(length).array());
    }
    out.write(new byte[4]);
  }

  private String readHeaders() throws IOException {
    InputStream raw = socket.getInputStream();
    ByteArrayOutputStream headers = new ByteArrayOutputStream();
    while (!headers.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = raw.read();
      if (b < 0) {
        break;
      }
      headers.write(b);
    }
    return headers.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
