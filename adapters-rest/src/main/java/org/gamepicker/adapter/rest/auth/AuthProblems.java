package org.gamepicker.adapter.rest.auth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gamepicker.adapter.rest.error.Problem;
import org.gamepicker.adapter.rest.error.ProblemResponses;
import org.gamepicker.application.port.in.auth.Caller;

/** The 401 and 403 problems of the bearer scheme, with their RFC 6750 challenges. */
final class AuthProblems {

  private static final String REALM = "Bearer realm=\"gamepicker\"";

  private AuthProblems() {}

  /** No token sent: 401 asking for one. */
  static Response tokenMissing() {
    return ProblemResponses.of(Problem.forStatus(401, null));
  }

  /** A token that is forged, garbled, expired, revoked or not an admin token: 401. */
  static Response tokenInvalid() {
    return withChallenge(
        Problem.of(
            401,
            "Unauthorized",
            "The bearer token is invalid, expired or revoked; get a new one from POST"
                + " /api/auth/login"),
        REALM + ", error=\"invalid_token\"");
  }

  /** A valid token that may not do this (a bot token on an admin operation): 403. */
  static Response forbidden(List<String> rolesAllowed) {
    List<String> scopes = rolesAllowed.stream().filter(role -> !Caller.ADMIN.equals(role)).toList();
    String needed =
        scopes.isEmpty()
            ? "the admin token"
            : "the admin token or a bot token with the " + String.join(" or ", scopes) + " scope";
    return withChallenge(
        Problem.of(
            403, "Forbidden", "This token does not allow this operation; it needs " + needed),
        REALM + ", error=\"insufficient_scope\"");
  }

  private static Response withChallenge(Problem problem, String challenge) {
    return Response.fromResponse(ProblemResponses.of(problem))
        .header(HttpHeaders.WWW_AUTHENTICATE, null)
        .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
        .build();
  }
}
