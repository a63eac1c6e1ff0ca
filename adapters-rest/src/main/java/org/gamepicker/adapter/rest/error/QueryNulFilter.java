package org.gamepicker.adapter.rest.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a query parameter holding the NUL character with a 400 naming it: no filter needs it, and
 * PostgreSQL refuses it in text (a 500 otherwise).
 */
@Provider
@PreMatching
public class QueryNulFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters().entrySet()) {
      if (parameter.getKey().indexOf('\0') >= 0
          || parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
        String detail =
            "Query parameter "
                + parameter.getKey().replace('\0', '?')
                + " contains the NUL character (%00); remove it";
        request.abortWith(ProblemResponses.of(Problem.of(400, "Bad Request", detail)));
        return;
      }
    }
  }
}
