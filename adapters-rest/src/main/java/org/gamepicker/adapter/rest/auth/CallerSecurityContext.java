package org.gamepicker.adapter.rest.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.gamepicker.application.port.in.auth.Caller;

/** The security context of a call whose bearer token verified: the caller and its roles. */
final class CallerSecurityContext implements SecurityContext {

  private final CallerPrincipal principal;
  private final boolean secure;

  CallerSecurityContext(Caller caller, boolean secure) {
    this.principal = new CallerPrincipal(caller);
    this.secure = secure;
  }

  /** The caller, as {@link #getUserPrincipal()} hands it out. */
  record CallerPrincipal(Caller caller) implements Principal {
    @Override
    public String getName() {
      return caller.name();
    }
  }

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    return principal.caller().hasRole(role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return "Bearer";
  }
}
