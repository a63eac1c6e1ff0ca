package org.gamepicker.adapter.websocket.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.List;

/** WebSocket connections for unit tests, without a container. */
final class FakeConnections {

  private FakeConnections() {}

  /**
   * A connection with this id, open until closed, whose asynchronous remote is {@code async} (null
   * when the test sends nothing); each close reason it gets is added to {@code closes}.
   */
  static Session open(String id, RemoteEndpoint.Async async, List<CloseReason> closes) {
    return (Session)
        Proxy.newProxyInstance(
            FakeConnections.class.getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getId" -> id;
                  case "getAsyncRemote" -> async;
                  case "isOpen" -> closes.isEmpty();
                  case "close" -> {
                    closes.add((CloseReason) args[0]);
                    yield null;
                  }
                  default -> null;
                });
  }
}
