package org.gamepicker.adapter.rest.error;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets one {@link LargeBody} request at a time be read and handled, so that the imports' bodies and
 * what they are parsed into (tens of MB for a 5 MB chat log) can't add up in the heap. A second one
 * waits up to {@link #WAIT}, then gets 429 with {@code Retry-After}. Runs after authentication and
 * the body's announced length is checked: a caller who may not import, or whose body is too large,
 * never waits; and a body is read within its {@link LargeBody#readWithinSeconds}, so no import
 * keeps its turn longer.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class LargeBodyGate implements ContainerRequestFilter, ContainerResponseFilter {

  static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
  private static final String HOLDS_PERMIT = LargeBodyGate.class.getName() + ".holdsPermit";
  private static final Semaphore PERMIT = new Semaphore(1, true);

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() == null
        || !resource.getResourceMethod().isAnnotationPresent(LargeBody.class)) {
      return;
    }
    boolean admitted;
    try {
      admitted = PERMIT.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (admitted) {
      request.setProperty(HOLDS_PERMIT, Boolean.TRUE);
    } else {
      request.abortWith(
          ProblemResponses.tooManyRequests(
              "Another import is being read; send this one again in a few seconds", RETRY_AFTER));
    }
  }

  /** Runs for every answer of an admitted request, an error's too. */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(HOLDS_PERMIT) != null) {
      request.removeProperty(HOLDS_PERMIT);
      PERMIT.release();
    }
  }
}
