package org.gamepicker.adapter.rest.transport;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Behind a trusted reverse proxy that terminates TLS, the request shows the scheme the client used
 * ({@link ForwardedProto}), so that the absolute URLs the server builds (a create's {@code
 * Location}) are {@code https://} URLs of the proxy's host: the host is the request's {@code Host},
 * which the proxy passes on, and the port {@code X-Forwarded-Port} or the scheme's own.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ForwardedSchemeFilter extends HttpFilter {

  @Inject ForwardedProto forwardedProto;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> scheme =
        forwardedProto.of(request.getRemoteAddr(), request.getHeader(ForwardedProto.HEADER));
    chain.doFilter(
        scheme.isPresent() ? new ForwardedRequest(request, scheme.get()) : request, response);
  }

  /** The request as the client sent it to the proxy. */
  private static final class ForwardedRequest extends HttpServletRequestWrapper {

    private final String scheme;
    private final int port;

    ForwardedRequest(HttpServletRequest request, String scheme) {
      super(request);
      this.scheme = scheme;
      this.port = portOf(request, scheme);
    }

    private static int portOf(HttpServletRequest request, String scheme) {
      String forwardedPort = request.getHeader("X-Forwarded-Port");
      if (forwardedPort != null && forwardedPort.strip().matches("\\d{1,5}")) {
        return Integer.parseInt(forwardedPort.strip());
      }
      String host = request.getHeader("Host");
      int colon = host == null ? -1 : host.lastIndexOf(':');
      if (colon > host.lastIndexOf(']') && host.substring(colon + 1).matches("\\d{1,5}")) {
        return Integer.parseInt(host.substring(colon + 1));
      }
      return scheme.equals("https") ? 443 : 80;
    }

    @Override
    public String getScheme() {
      return scheme;
    }

    @Override
    public boolean isSecure() {
      return scheme.equals("https");
    }

    @Override
    public int getServerPort() {
      return port;
    }

    @Override
    public StringBuffer getRequestURL() {
      boolean defaultPort = port == (isSecure() ? 443 : 80);
      return new StringBuffer(scheme)
          .append("://")
          .append(HttpsRedirectFilter.hostForUrl(getServerName()))
          .append(defaultPort ? "" : ":" + port)
          .append(getRequestURI());
    }
  }
}
