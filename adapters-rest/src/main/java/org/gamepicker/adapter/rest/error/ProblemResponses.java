package org.gamepicker.adapter.rest.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** Builds problem responses, the one shape every error of the API takes. */
public final class ProblemResponses {

  private static final Jsonb JSONB = JsonbBuilder.create();

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

  public static String toJson(Problem problem) {
    return JSONB.toJson(problem);
  }
}
