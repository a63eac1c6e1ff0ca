package org.gamepicker.adapter.rest.transport;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gamepicker.adapter.rest.error.ReasonPhraseFilter;

/**
 * When the server serves HTTPS ({@code HTTPS_PORT}), keeps the application on it: an answer over
 * HTTPS tells the browser to use nothing else for a year ({@code Strict-Transport-Security}), and a
 * request over plain HTTP, a WebSocket upgrade included, is answered 308 with the same URL on the
 * HTTPS port. A request that a trusted proxy received over HTTPS ({@link ForwardedProto}) counts as
 * HTTPS, so a proxy in front does not loop. Liberty's own {@code /health}, {@code /metrics} and
 * {@code /openapi} are not the application's and stay on both, for probes and scrapers.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpsRedirectFilter extends HttpFilter {

  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  @Inject
  @ConfigProperty(name = "HTTPS_PORT")
  Optional<Integer> httpsPort;

  @Inject ForwardedProto forwardedProto;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (httpsPort.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    boolean secure =
        request.isSecure()
            || forwardedProto
                .of(request.getRemoteAddr(), request.getHeader(ForwardedProto.HEADER))
                .filter("https"::equals)
                .isPresent();
    if (secure) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
      chain.doFilter(request, response);
      return;
    }
    ReasonPhraseFilter.setStatus(response, 308);
    response.setHeader(
        "Location",
        httpsLocation(
            request.getServerName(),
            httpsPort.get(),
            request.getRequestURI(),
            request.getQueryString()));
    response.setContentLength(0);
  }

  /** The same path and query on the HTTPS port of the host the client asked for. */
  static String httpsLocation(String host, int port, String path, String query) {
    return "https://"
        + hostForUrl(host)
        + (port == 443 ? "" : ":" + port)
        + path
        + (query == null ? "" : "?" + query);
  }

  /** A host name or address as a URL holds it: an IPv6 address in brackets. */
  static String hostForUrl(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
