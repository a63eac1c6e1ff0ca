package org.gamepicker.adapter.rest.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.adapter.rest.idempotency.IdempotencyKeyFilter;
import org.gamepicker.application.port.in.auth.Caller;
import org.gamepicker.application.port.in.auth.LogInCommand;
import org.gamepicker.application.port.in.auth.LogInUseCase;
import org.gamepicker.application.port.out.AccessToken;
import org.gamepicker.domain.common.WireTime;

/** REST: admin login (admin key to JWT) and token verification. */
@Path("/auth")
@RequestScoped
@Tag(name = "Auth", description = "Admin login and token verification")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject LogInUseCase logIn;
  @Inject ClientAddresses clientAddresses;
  @Context HttpServletRequest httpRequest;

  /** The login request body. */
  public record LoginRequest(@Schema(description = "The admin key", required = true) String key) {}

  /** Timestamps on the wire: ISO 8601 in UTC with milliseconds. */

  /** A freshly issued token. */
  public record LoginResponse(
      String token,
      @Schema(description = "When the token expires (UTC)", example = "2025-11-02T20:00:00.000Z")
          String expires_at) {}

  /** The verified caller. */
  public record VerifiedUser(
      String role,
      @Schema(description = "When the token expires (UTC)", example = "2025-11-02T20:00:00.000Z")
          String expires_at) {}

  /** The verify answer. */
  public record VerifyResponse(boolean valid, VerifiedUser user) {}

  @POST
  @Path("/login")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      extensions =
          @Extension(
              name = IdempotencyKeyFilter.IGNORED,
              value = "the answer holds a token, which the server does not keep"),
      summary = "Log in with the admin key",
      description =
          "Exchanges the admin key for a JWT. The right key is always accepted; after 10 wrong"
              + " keys from one address within a minute, that address's further wrong keys get 429"
              + " until the minute is over.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = LoginRequest.class),
              examples =
                  @ExampleObject(
                      name = "admin key",
                      value = "{\"key\": \"4f9c1e0d2b7a4c7f9e1d3b5a7c9e1f2a\"}")))
  @APIResponse(
      responseCode = "200",
      description = "A token and its expiry",
      content =
          @Content(
              schema = @Schema(implementation = LoginResponse.class),
              examples =
                  @ExampleObject(
                      name = "a token valid for 24 hours",
                      value =
                          "{\"token\": \"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl\", \"expires_at\": \"2025-11-02T20:00:00.123Z\"}")))
  @APIResponse(responseCode = "400", ref = GamePickerApi.BAD_REQUEST, description = "No key given")
  @APIResponse(
      responseCode = "401",
      ref = GamePickerApi.UNAUTHORIZED,
      description = "Wrong admin key")
  @APIResponse(
      responseCode = "429",
      ref = GamePickerApi.TOO_MANY_REQUESTS,
      description = "A wrong key, from a client that sent too many within the minute")
  public LoginResponse login(LoginRequest request) {
    String key = request == null ? null : request.key();
    String client =
        clientAddresses.clientOf(
            httpRequest.getRemoteAddr(), httpRequest.getHeader("X-Forwarded-For"));
    AccessToken token = logIn.logIn(new LogInCommand(key, client));
    return new LoginResponse(token.token(), WireTime.format(token.expiresAt()));
  }

  @POST
  @Path("/verify")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Check a bearer token",
      description =
          "Answers 401 when the token is missing, invalid or expired, 403 for a bot token.")
  @APIResponse(
      responseCode = "200",
      description = "The token is valid",
      content = @Content(schema = @Schema(implementation = VerifyResponse.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  public VerifyResponse verify(@Context SecurityContext security) {
    Caller caller = ((CallerSecurityContext.CallerPrincipal) security.getUserPrincipal()).caller();
    return new VerifyResponse(
        true, new VerifiedUser(Caller.ADMIN, WireTime.format(caller.expiresAt().orElseThrow())));
  }
}
