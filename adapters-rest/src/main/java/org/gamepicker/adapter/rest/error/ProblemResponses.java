package org.gamepicker.adapter.rest.error;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;

/** Builds problem responses, the one shape every error of the API takes. */
public final class ProblemResponses {

  private static final Jsonb JSONB = JsonbBuilder.create();

  /** A database restart or failover takes seconds; a client asks again this often. */
  public static final int DATABASE_RETRY_AFTER_SECONDS = 2;

  private ProblemResponses() {}

  public static Response of(Problem problem) {
    Response.ResponseBuilder builder =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(JSONB.toJson(problem));
    if (problem.status() == 401) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gamepicker\"");
    }
    return builder.build();
  }

  /** A 429 whose {@code Retry-After} says when to try again (at least a second from now). */
  public static Response tooManyRequests(String detail, Duration retryAfter) {
    return Response.fromResponse(of(Problem.of(429, "Too Many Requests", detail)))
        .header("Retry-After", Math.max(1, retryAfter.toSeconds()))
        .build();
  }

  /**
   * A 503 for a request that failed because the database could not be reached: {@code Retry-After}
   * says when to try again, and the detail that the request may be sent again (a write with the
   * same {@code Idempotency-Key}, whose outcome the server may not know).
   */
  public static Response databaseUnreachable() {
    return Response.fromResponse(
            of(
                Problem.of(
                    503,
                    "Service Unavailable",
                    "The database cannot be reached at the moment; the request may be retried after"
                        + " Retry-After seconds (a write with the same Idempotency-Key, so that it"
                        + " counts once if the first attempt was stored)")))
        .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS)
        .build();
  }

  /** A problem with extension members (RFC 9457) after the standard ones. */
  public static Response of(Problem problem, String member, Object value) {
    JsonObject standard = Json.createReader(new StringReader(JSONB.toJson(problem))).readObject();
    JsonValue extension = Json.createReader(new StringReader(JSONB.toJson(value))).readValue();
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(Json.createObjectBuilder(standard).add(member, extension).build().toString())
        .build();
  }

  public static String toJson(Problem problem) {
    return JSONB.toJson(problem);
  }
}
