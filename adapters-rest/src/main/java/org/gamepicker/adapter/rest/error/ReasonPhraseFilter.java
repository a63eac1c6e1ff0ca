package org.gamepicker.adapter.rest.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * Sends the API's 429 with its reason phrase, {@code Too Many Requests} (and the HTTPS redirect's
 * 308 with {@code Permanent Redirect}, through {@link #setStatus}). Open Liberty's HTTP channel has
 * no phrase for them and writes {@code Undefined}; Servlet 6 dropped the standard way to name one
 * ({@code setStatus(int, String)}), but Liberty's own response still has that method, so this
 * filter calls it. On a container without it the status goes out unchanged.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ReasonPhraseFilter extends HttpFilter {

  /** The phrases of the statuses the API sends and Liberty does not know. */
  private static final Map<Integer, String> MISSING_PHRASES =
      Map.of(429, "Too Many Requests", 308, "Permanent Redirect");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new PhrasedResponse(response));
  }

  /** Sets {@code status} on {@code response}, with its phrase when Liberty has none for it. */
  public static void setStatus(HttpServletResponse response, int status) {
    String phrase = MISSING_PHRASES.get(status);
    if (phrase == null || !setOnContainer(response, status, phrase)) {
      response.setStatus(status);
    }
  }

  private static boolean setOnContainer(ServletResponse response, int status, String phrase) {
    ServletResponse container = response;
    while (container instanceof ServletResponseWrapper wrapper) {
      container = wrapper.getResponse();
    }
    try {
      container
          .getClass()
          .getMethod("setStatus", int.class, String.class)
          .invoke(container, status, phrase);
      return true;
    } catch (ReflectiveOperationException noSuchMethod) {
      return false;
    }
  }

  /** A response that names the statuses of {@link #MISSING_PHRASES} when they are set. */
  private static final class PhrasedResponse extends HttpServletResponseWrapper {

    PhrasedResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int status) {
      String phrase = MISSING_PHRASES.get(status);
      if (phrase == null || !setOnContainer(getResponse(), status, phrase)) {
        super.setStatus(status);
      }
    }
  }
}
