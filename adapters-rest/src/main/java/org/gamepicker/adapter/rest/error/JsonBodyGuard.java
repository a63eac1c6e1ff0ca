package org.gamepicker.adapter.rest.error;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads every JSON request body once with a strict streaming parser before it is bound, so a
 * truncated, malformed or absurdly nested body, or text holding a NUL character, is a 400 that says
 * what is wrong, and never reaches the binder's skip-unknown-member path (which spins forever on a
 * truncated value) or the database.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

  /** Far deeper than any request of this API; deep enough to stop stack-hungry nesting. */
  public static final int MAX_DEPTH = 32;

  /** No database text column takes it (PostgreSQL refuses it), and no name or title needs it. */
  private static final char NUL = '\0';

  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || context.getType() == InputStream.class) {
      // a resource that takes the body as a stream parses it itself, as it arrives
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    Optional<String> flaw = body.length == 0 ? Optional.empty() : flawIn(body, charset(context));
    if (flaw.isPresent()) {
      throw new WebApplicationException(
          ProblemResponses.of(Problem.of(400, "Bad Request", flaw.get())));
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /**
   * What is wrong with the body, or empty when it is one well-formed JSON value nested at most
   * {@link #MAX_DEPTH} deep.
   */
  static Optional<String> flawIn(byte[] body, Charset charset) {
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body), charset)) {
      int depth = 0;
      String member = "body";
      do {
        switch (parser.next()) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              return malformed("nested more than " + MAX_DEPTH + " levels deep");
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case KEY_NAME -> {
            member = parser.getString();
            if (member.indexOf(NUL) >= 0) {
              return Optional.of("a member name contains the NUL character (\\u0000)");
            }
          }
          case VALUE_STRING -> {
            if (parser.getString().indexOf(NUL) >= 0) {
              return Optional.of(member + " contains the NUL character (\\u0000); remove it");
            }
          }
          default -> {}
        }
      } while (depth > 0);
      return parser.hasNext()
          ? malformed("unexpected content after the JSON value")
          : Optional.empty();
    } catch (JsonException e) {
      return malformed(e.getMessage());
    } catch (NoSuchElementException | IllegalStateException e) {
      return malformed("the body ends before the JSON value does");
    }
  }

  private static Optional<String> malformed(String why) {
    return Optional.of("Malformed JSON body: " + why);
  }

  /** JSON is UTF-8 (RFC 8259) unless the request says otherwise. */
  private static Charset charset(ReaderInterceptorContext context) {
    String named = context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      return named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"));
  }
}
