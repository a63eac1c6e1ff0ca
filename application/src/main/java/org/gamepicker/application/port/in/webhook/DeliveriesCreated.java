package org.gamepicker.application.port.in.webhook;

/**
 * CDI notification that deliveries were created in the current transaction; observed after commit
 * to send them at once rather than at the worker's next tick.
 */
public record DeliveriesCreated(int count) {}
