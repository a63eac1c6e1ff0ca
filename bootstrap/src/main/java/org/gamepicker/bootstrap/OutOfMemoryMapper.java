package org.gamepicker.bootstrap;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Halts the JVM on an OutOfMemoryError that reached a REST request's error handling, instead of
 * answering 500 and lingering out of memory (see {@link OutOfMemoryExit}).
 */
@Provider
public class OutOfMemoryMapper implements ExceptionMapper<OutOfMemoryError> {

  @Override
  public Response toResponse(OutOfMemoryError error) {
    OutOfMemoryExit.halt(error);
    return Response.serverError().build();
  }
}
