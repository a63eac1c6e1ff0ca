package org.gamepicker.adapter.rest.error;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;

/**
 * Refuses a request body over its endpoint's limit with 413, whether it announces its length or
 * not, before more than the limit is read: {@link #BODY_BYTES} for a JSON command, a {@link
 * LargeBody}'s own limit (by default {@link #LARGE_BODY_BYTES}) for an import. Runs after
 * authentication, so a caller who may not use the endpoint gets 401 or 403 and no byte of the body
 * is read.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodySizeLimitFilter implements ContainerRequestFilter {

  /** A JSON command is a few hundred bytes; this leaves room for any list of ids it takes. */
  public static final long BODY_BYTES = 64L * 1024;

  /** Large enough for a 10,000-message chat log or the whole catalog as CSV. */
  public static final long LARGE_BODY_BYTES = 5L * 1024 * 1024;

  /** 5 MB take a fraction of a second on a LAN and about 10 s at 4 Mbit/s. */
  static final Duration READ_WITHIN = Duration.ofSeconds(30);

  /** A restore's backup: a few years of nights and their events, read as it arrives. */
  public static final long BACKUP_BODY_BYTES = 1024L * 1024 * 1024;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    long limit = limitFor(method);
    if (request.getLength() > limit) {
      request.abortWith(tooLarge(limit).getResponse());
      return;
    }
    request.setEntityStream(
        new LimitedStream(request.getEntityStream(), limit, readWithin(method)));
  }

  /** The body limit of the matched method (none matched: the smaller limit). */
  static long limitFor(Method method) {
    return method != null && method.isAnnotationPresent(LargeBody.class)
        ? method.getAnnotation(LargeBody.class).bytes()
        : BODY_BYTES;
  }

  private static Duration readWithin(Method method) {
    return method != null && method.isAnnotationPresent(LargeBody.class)
        ? Duration.ofSeconds(method.getAnnotation(LargeBody.class).readWithinSeconds())
        : READ_WITHIN;
  }

  private static WebApplicationException tooLarge(long limit) {
    String size = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KiB";
    return new WebApplicationException(
        ProblemResponses.of(
            Problem.of(
                413,
                "Content Too Large",
                "Request body too large: the limit of this endpoint is " + size)));
  }

  /** Counts the bytes read and fails once past the limit or the deadline. */
  private static final class LimitedStream extends FilterInputStream {
    private final long limit;
    private final Duration readWithin;
    private final Instant deadline;
    private long read;

    LimitedStream(InputStream in, long limit, Duration readWithin) {
      super(in);
      this.limit = limit;
      this.readWithin = readWithin;
      this.deadline = Instant.now().plus(readWithin);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw tooLarge(limit);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new WebApplicationException(
            ProblemResponses.of(
                Problem.of(
                    408,
                    "Request Timeout",
                    "The request body took over "
                        + readWithin.toSeconds()
                        + " s to arrive; send it again in one go")));
      }
    }
  }
}
