package org.gamepicker.adapter.rest.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a path holding an encoded {@code /}, {@code .}, {@code \} or {@code #} (or a raw {@code
 * \}) with a 400 problem, as the Servlet 6 specification asks of containers. Liberty's own check
 * answers the same 400 but logs an ERROR line and an FFDC incident for each such request, so it is
 * switched off (SKIP_ENCODED_CHAR_VERIFICATION in web.xml) and this filter does it quietly.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EncodedPathFilter extends HttpFilter {

  private static final List<String> SUSPICIOUS = List.of("%2f", "%2e", "%5c", "\\", "%23");

  private static final String DETAIL =
      "The path holds an encoded '/', '.', '\\' or '#' (%2F, %2E, %5C, %23) or a backslash, which"
          + " no resource of this server accepts";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().toLowerCase(Locale.ROOT);
    if (SUSPICIOUS.stream().anyMatch(path::contains)) {
      response.setStatus(400);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(ProblemResponses.toJson(Problem.of(400, "Bad Request", DETAIL)));
      return;
    }
    chain.doFilter(request, response);
  }
}
