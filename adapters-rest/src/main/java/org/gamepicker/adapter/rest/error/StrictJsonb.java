package org.gamepicker.adapter.rest.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The JSON binding of request and response bodies, stricter than the default where the default
 * guesses: a yes/no field takes only {@code true} or {@code false} (the default turns the string
 * "yes" into false).
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

  static final String NOT_A_BOOLEAN = "must be true or false";

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictBooleans()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** Takes a JSON true, false or null; refuses strings and numbers. */
  static final class StrictBooleans implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return switch (parser.getValue().getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        default -> throw new JsonbException(NOT_A_BOOLEAN);
      };
    }
  }
}
