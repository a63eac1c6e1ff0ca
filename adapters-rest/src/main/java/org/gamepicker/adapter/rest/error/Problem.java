package org.gamepicker.adapter.rest.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail, plus {@code error} (the same message, for older clients) and, for
 * validation failures, {@code errors} naming each field.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "error", "errors"})
public record Problem(
    String type, String title, int status, String detail, String error, List<FieldError> errors) {

  /** One field that failed validation, and why. */
  public record FieldError(String field, String message) {}

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, detail, null);
  }

  /** The problem for a plain HTTP status, with a message that says what to do about it. */
  public static Problem forStatus(int status, String fallbackDetail) {
    jakarta.ws.rs.core.Response.Status known =
        jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail =
        switch (status) {
          case 401 -> "A valid bearer token is required; get one from POST /api/auth/login";
          case 403 -> "This token does not allow this operation";
          case 404 -> "No such resource; see /openapi for the API's paths";
          case 405 -> "This method is not allowed on this path";
          case 406 -> "Not acceptable: this resource answers application/json";
          case 413 -> "Request body too large";
          case 415 -> "Unsupported content type; send application/json";
          default ->
              status >= 500
                  ? "An unexpected error occurred; it has been logged"
                  : fallbackDetail == null ? title : fallbackDetail;
        };
    return of(status, title, detail);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem("about:blank", "Bad Request", 400, detail, detail, errors);
  }
}
