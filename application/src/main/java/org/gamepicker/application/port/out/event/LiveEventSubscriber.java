package org.gamepicker.application.port.out.event;

/**
 * Port: a live, non-durable channel (the WebSocket broadcaster) that hears each event committed
 * while the server runs, once, in log order, soon after its commit. It keeps no cursor: events
 * committed while the server was down are not handed to it (bots catch up through {@code resume}).
 * It must return quickly: slow work belongs on its own threads or queues.
 */
public interface LiveEventSubscriber {

  void onEvent(StoredEvent event);
}
