package org.gamepicker.bootstrap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Halts the JVM on an OutOfMemoryError, bare or wrapped, that leaves a request's servlet (reading a
 * body, writing an answer), which the web container would otherwise log and answer with a 500 while
 * the server lingers out of memory (see {@link OutOfMemoryExit}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OutOfMemoryFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException | Error thrown) {
      OutOfMemoryExit.haltIfOutOfMemory(thrown);
      throw thrown;
    }
  }
}
