package org.gamepicker.wire;

import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import org.gamepicker.domain.common.WireTime;

/**
 * The seeds' envelope of every event message, {@code {"type","timestamp","data","id"}}, around a
 * {@code data} member already written once (by {@link WireEventWriter}) and reused by every live
 * send, resume and webhook attempt.
 */
public final class WireEnvelope {

  private static final JsonProvider JSON = JsonProvider.provider();

  private WireEnvelope() {}

  /** The envelope as JSON text; {@code id} is null for messages that are not in the log. */
  public static String of(String type, Instant occurredAt, String data, Long id) {
    return "{\"type\":"
        + JSON.createValue(type)
        + ",\"timestamp\":\""
        + WireTime.format(occurredAt)
        + "\",\"data\":"
        + data
        + ",\"id\":"
        + id
        + "}";
  }
}
