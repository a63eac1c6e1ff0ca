package org.gamepicker.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.util.Objects;

/**
 * Answers 404 (through the error page) for a path that no servlet serves and that names no file of
 * the web app (a folder counts when it has an {@code index.html}, as {@code /overlay/} has), before
 * Liberty's static-file handler, which would log a warning (SRVE0190E) and an FFDC incident for
 * every such request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UnknownFileFilter extends HttpFilter {

  /** The file a folder's path serves (the container's default welcome file). */
  private static final String WELCOME_FILE = "index.html";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
    if (request.getHttpServletMapping().getMappingMatch() == MappingMatch.DEFAULT
        && path.startsWith("/")
        && getServletContext().getResource(path.endsWith("/") ? path + WELCOME_FILE : path)
            == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
