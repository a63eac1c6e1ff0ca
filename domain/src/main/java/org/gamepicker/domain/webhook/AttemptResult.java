package org.gamepicker.domain.webhook;

/**
 * How one HTTP attempt went: the response status (null when no response came), how long it took,
 * and the error when it failed. Only a 2xx response without error is a success; a redirect is not.
 */
public record AttemptResult(Integer responseStatus, long durationMillis, String error) {

  public static final int GONE = 410;

  /** The receiver answered (with any status). */
  public static AttemptResult answered(int status, long durationMillis) {
    String error = status >= 200 && status < 300 ? null : "Receiver answered HTTP " + status;
    return new AttemptResult(status, durationMillis, error);
  }

  /** No response: timeout, refused connection, ... */
  public static AttemptResult noResponse(String error, long durationMillis) {
    return new AttemptResult(null, durationMillis, error);
  }

  public boolean succeeded() {
    return error == null && responseStatus != null && responseStatus / 100 == 2;
  }

  /** The receiver said 410 Gone: it wants no more deliveries. */
  public boolean gone() {
    return responseStatus != null && responseStatus == GONE;
  }
}
