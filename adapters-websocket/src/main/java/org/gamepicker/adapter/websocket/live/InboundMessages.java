package org.gamepicker.adapter.websocket.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * The inbound side of one live connection: assembles each text message from its frames, within a
 * size limit, and hands it on whole. The limit is what an {@code auth} message needs until the
 * client has authenticated, and {@link #AUTHENTICATED_LIMIT_BYTES} after. The container refuses a
 * frame whose header announces more than the limit before it reads the payload; this refuses a
 * message whose frames add up to more. Either way the client is closed with 1009, and a connection
 * holds at most one frame and one message under the limit.
 */
final class InboundMessages {

  /** An {@code auth} message with a token of any kind is well under 2 KiB. */
  static final int BEFORE_AUTH_LIMIT_BYTES = 4 * 1024;

  /** Far above any message of the protocol (a few hundred bytes). */
  static final int AUTHENTICATED_LIMIT_BYTES = 64 * 1024;

  private final Session connection;
  private final LiveClient client;
  private final Consumer<String> handler;
  private final StringBuilder pending = new StringBuilder();
  private long pendingBytes;
  private int limitBytes;

  /** Reads {@code connection}'s messages for {@code client} and hands each to {@code handler}. */
  InboundMessages(Session connection, LiveClient client, Consumer<String> handler) {
    this.connection = connection;
    this.client = client;
    this.handler = handler;
    limitTo(BEFORE_AUTH_LIMIT_BYTES);
  }

  /** A frame of a text message; the message is handled once its last frame arrived. */
  void text(String part, boolean last) {
    pendingBytes += utf8Length(part);
    if (tooBig()) {
      return;
    }
    pending.append(part);
    if (last) {
      String message = pending.toString();
      pending.setLength(0);
      pendingBytes = 0;
      handler.accept(message);
      limitTo(client.authenticated() ? AUTHENTICATED_LIMIT_BYTES : BEFORE_AUTH_LIMIT_BYTES);
    }
  }

  /**
   * A frame of a binary message, which the protocol has none of: dropped as it arrives, and the
   * client told so once the message is complete (it may go on).
   */
  void binary(ByteBuffer part, boolean last) {
    pendingBytes += part.remaining();
    if (tooBig()) {
      return;
    }
    if (last) {
      pendingBytes = 0;
      client.send(LiveMessages.error("Send each message as a JSON text frame, not binary"));
    }
  }

  /** The limit that applies now, in bytes. */
  int limitBytes() {
    return limitBytes;
  }

  private boolean tooBig() {
    if (pendingBytes <= limitBytes) {
      return false;
    }
    pending.setLength(0);
    pending.trimToSize();
    client.close(CloseReason.CloseCodes.TOO_BIG, tooBigReason(limitBytes));
    return true;
  }

  /** The close reason for a message over {@code limitBytes}. */
  static String tooBigReason(int limitBytes) {
    return "Message too big: the limit is " + limitBytes / 1024 + " KiB";
  }

  /** Sets the limit here and in the container, which checks each frame's announced length. */
  private void limitTo(int bytes) {
    if (bytes != limitBytes) {
      limitBytes = bytes;
      connection.setMaxTextMessageBufferSize(bytes);
      connection.setMaxBinaryMessageBufferSize(bytes);
    }
  }

  /** The length of {@code text} in UTF-8, the encoding of every text frame. */
  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
