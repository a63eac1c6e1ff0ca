package org.gamepicker.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets the browser security headers on the web app's responses (everything outside {@code /api},
 * whose answers stay as the API defines them).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  /**
   * Scripts, styles and everything else only from this server, no inline code, no plugins, no
   * framing; {@code connect-src 'self'} covers the API and the live WebSocket on the same host.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final String API_PREFIX = "/api/";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "no-referrer");
      // The app's files are revalidated on every load, so an upgraded server is never mixed with
      // cached modules of the previous version.
      response.setHeader("Cache-Control", "no-cache");
    }
    chain.doFilter(request, response);
  }
}
