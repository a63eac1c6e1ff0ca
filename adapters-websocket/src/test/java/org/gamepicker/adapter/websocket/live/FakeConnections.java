package org.gamepicker.adapter.websocket.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** WebSocket connections for unit tests, without a container. */
final class FakeConnections {

  private FakeConnections() {}

  /**
   * A connection with this id, open until closed, whose asynchronous remote is {@code async} (null
   * when the test sends nothing); each close reason it gets is added to {@code closes}.
   */
  static Session open(String id, RemoteEndpoint.Async async, List<CloseReason> closes) {
    return open(id, async, closes, new HashMap<>());
  }

  /**
   * As {@link #open(String, RemoteEndpoint.Async, List)}, and records each message size limit the
   * connection is given in {@code limits}, under the setter's name.
   */
  static Session open(
      String id,
      RemoteEndpoint.Async async,
      List<CloseReason> closes,
      Map<String, Integer> limits) {
    return (Session)
        Proxy.newProxyInstance(
            FakeConnections.class.getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getId" -> id;
                  case "getAsyncRemote" -> async;
                  case "isOpen" -> closes.isEmpty();
                  case "setMaxTextMessageBufferSize", "setMaxBinaryMessageBufferSize" -> {
                    limits.put(method.getName(), (Integer) args[0]);
                    yield null;
                  }
                  case "close" -> {
                    closes.add((CloseReason) args[0]);
                    yield null;
                  }
                  default -> null;
                });
  }

  /**
   * The client end of a connection's socket: records each text the server sends, and takes it off
   * the socket at once or when the test says (a client that reads slowly, or not at all).
   */
  static final class Socket {

    final List<String> sent = new ArrayList<>();
    final List<CloseReason> closes = new ArrayList<>();
    final Map<String, Integer> limits = new HashMap<>();
    private final List<SendHandler> pendingSends = new ArrayList<>();
    private boolean reading = true;

    /** A connection whose asynchronous sends go to this socket. */
    Session connection(String id) {
      RemoteEndpoint.Async async =
          (RemoteEndpoint.Async)
              Proxy.newProxyInstance(
                  FakeConnections.class.getClassLoader(),
                  new Class<?>[] {RemoteEndpoint.Async.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                      sent.add((String) args[0]);
                      SendHandler handler = (SendHandler) args[1];
                      if (reading) {
                        handler.onResult(new SendResult());
                      } else {
                        pendingSends.add(handler);
                      }
                    }
                    return null;
                  });
      return open(id, async, closes, limits);
    }

    /** From now on, sends stay pending until {@link #takeOne()}. */
    void stopReading() {
      reading = false;
    }

    /** Completes the oldest pending send; false when none is pending. */
    boolean takeOne() {
      if (pendingSends.isEmpty()) {
        return false;
      }
      pendingSends.remove(0).onResult(new SendResult());
      return true;
    }
  }
}
