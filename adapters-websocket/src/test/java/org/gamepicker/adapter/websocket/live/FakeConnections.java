package org.gamepicker.adapter.websocket.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
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
}
