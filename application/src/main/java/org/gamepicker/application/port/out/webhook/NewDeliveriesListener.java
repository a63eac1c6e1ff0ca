package org.gamepicker.application.port.out.webhook;

/**
 * Port: told, once the transaction that created them committed, that webhook deliveries wait to be
 * sent, so that they go out at once rather than at the sender's next tick.
 */
public interface NewDeliveriesListener {

  void deliveriesCreated(int count);
}
