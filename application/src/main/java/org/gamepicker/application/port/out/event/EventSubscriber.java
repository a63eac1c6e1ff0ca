package org.gamepicker.application.port.out.event;

/**
 * Port: an outbound channel (WebSocket broadcaster, webhook dispatcher, ...) that hears each
 * committed event once, in log order, after the transaction that appended it committed. It must
 * return quickly: slow work (network) belongs on its own threads or queues.
 */
public interface EventSubscriber {

  void onEvent(StoredEvent event);
}
