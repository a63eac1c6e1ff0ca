package org.gamepicker.application.fakes;

import org.gamepicker.domain.event.DomainEvent;

/** A stand-in for an event's wire form in the application's tests: it names the event's type. */
public final class LabelledEventData {

  private LabelledEventData() {}

  /** The stand-in {@code data} of the event. */
  public static String of(DomainEvent event) {
    return "{\"data-of\":\"" + event.type().wireName() + "\"}";
  }
}
