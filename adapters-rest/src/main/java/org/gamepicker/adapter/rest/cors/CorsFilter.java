package org.gamepicker.adapter.rest.cors;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gamepicker.adapter.rest.error.Problem;
import org.gamepicker.adapter.rest.error.ProblemResponses;

/**
 * Cross-origin requests from the pages of {@link CorsOrigins}: answers their preflight before any
 * token check (a preflight carries no token), and marks every answer to them as readable. Other
 * origins' preflights are refused with a 403 that says what to set.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
  static final String HEADERS = "Authorization, Content-Type";
  static final String EXPOSED = "Location, Retry-After, WWW-Authenticate";

  @Inject CorsOrigins origins;

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    boolean preflight =
        HttpMethod.OPTIONS.equals(request.getMethod())
            && origin != null
            && request.getHeaderString("Access-Control-Request-Method") != null;
    if (!preflight) {
      return;
    }
    if (!origins.allows(origin)) {
      request.abortWith(
          ProblemResponses.of(
              Problem.of(
                  403,
                  "Forbidden",
                  "Origin "
                      + origin
                      + " may not call this API from a browser; add it to CORS_ORIGINS")));
      return;
    }
    request.abortWith(
        Response.noContent()
            .header("Access-Control-Allow-Origin", origin)
            .header("Access-Control-Allow-Methods", METHODS)
            .header("Access-Control-Allow-Headers", HEADERS)
            .header("Access-Control-Max-Age", "600")
            .header("Vary", "Origin")
            .build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    MultivaluedMap<String, Object> headers = response.getHeaders();
    if (origins.allows(origin) && !headers.containsKey("Access-Control-Allow-Origin")) {
      headers.putSingle("Access-Control-Allow-Origin", origin);
      headers.putSingle("Access-Control-Expose-Headers", EXPOSED);
      headers.add("Vary", "Origin");
    }
  }
}
