package org.gamepicker.adapter.rest.auth;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.in.auth.Caller;
import org.gamepicker.application.port.in.auth.VerifyTokenUseCase;

/**
 * Authenticates and authorizes every REST call: the matched resource method's {@code @PermitAll} or
 * {@code @RolesAllowed} (else its class's; none at all means admin only) decides, the {@code
 * Authorization: Bearer} token is checked by {@link VerifyTokenUseCase}, the same check as the
 * WebSocket's. Answers 401 or 403 problems; never logs a token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Context ResourceInfo resource;
  @Inject VerifyTokenUseCase verifyToken;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Optional<List<String>> roles = rolesAllowed(method);
    if (roles.isEmpty()) {
      return;
    }
    Optional<String> token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (token.isEmpty()) {
      request.abortWith(AuthProblems.tokenMissing());
      return;
    }
    Optional<Caller> caller = verifyToken.verify(token.get());
    if (caller.isEmpty()) {
      request.abortWith(AuthProblems.tokenInvalid());
      return;
    }
    if (roles.get().stream().noneMatch(caller.get()::hasRole)) {
      request.abortWith(AuthProblems.forbidden(roles.get()));
      return;
    }
    request.setSecurityContext(
        new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
  }

  /** The roles that may call the method; empty when anyone may. */
  static Optional<List<String>> rolesAllowed(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return Optional.empty();
    }
    RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
    if (onMethod != null) {
      return Optional.of(Arrays.asList(onMethod.value()));
    }
    Class<?> type = method.getDeclaringClass();
    if (type.isAnnotationPresent(PermitAll.class)) {
      return Optional.empty();
    }
    RolesAllowed onType = type.getAnnotation(RolesAllowed.class);
    return Optional.of(onType == null ? List.of(Caller.ADMIN) : Arrays.asList(onType.value()));
  }

  private static Optional<String> bearerToken(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = authorization.substring(BEARER.length()).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
