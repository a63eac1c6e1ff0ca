package org.gamepicker.adapter.rest.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses request bodies over the limit with 413, whether they announce their length or not. */
@Provider
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

  /** Large enough for a 10,000-message chat log or the whole catalog as CSV. */
  public static final long MAX_BODY_BYTES = 5L * 1024 * 1024;

  private static final String TOO_LARGE =
      "Request body too large: the limit is " + MAX_BODY_BYTES / (1024 * 1024) + " MB";

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BODY_BYTES) {
      request.abortWith(ProblemResponses.of(Problem.of(413, "Content Too Large", TOO_LARGE)));
      return;
    }
    request.setEntityStream(new LimitedStream(request.getEntityStream()));
  }

  /** Counts the bytes read and fails once past the limit. */
  private static final class LimitedStream extends FilterInputStream {
    private long read;

    LimitedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BODY_BYTES) {
        throw new jakarta.ws.rs.WebApplicationException(
            ProblemResponses.of(Problem.of(413, "Content Too Large", TOO_LARGE)));
      }
    }
  }
}
