package org.gamepicker.adapter.rest.token;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.adapter.rest.idempotency.IdempotencyKeyFilter;
import org.gamepicker.application.port.in.auth.ManageApiTokensUseCase;
import org.gamepicker.application.port.in.auth.MintApiTokenCommand;
import org.gamepicker.application.port.in.auth.MintedApiToken;
import org.gamepicker.domain.common.InvalidValueException;

/** REST: the admin mints, lists, reads and revokes least-privilege bot tokens (admin only). */
@Path("/tokens")
@RequestScoped
@RolesAllowed("admin")
@SecurityRequirement(name = GamePickerApi.BEARER)
@Tag(
    name = "Tokens",
    description =
        "Bot tokens: least-privilege bearer tokens for chat bots, limited to their scopes (live:"
            + " the WebSocket; votes: live votes and the chat import). Only the admin manages"
            + " them.")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
public class ApiTokenResource {

  @Inject ManageApiTokensUseCase apiTokens;
  @Context UriInfo uriInfo;

  /** The body of a mint request. */
  public record MintRequest(
      @Schema(description = "What the token is for, e.g. the bot's name", required = true)
          String name,
      @Schema(description = "At least one of: live, votes", required = true) List<String> scopes) {}

  @GET
  @Operation(
      summary = "List bot tokens",
      description = "Every bot token, by id, with its last use; never the token itself.")
  @APIResponse(
      responseCode = "200",
      description = "The bot tokens",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ApiTokenView.class)))
  public List<ApiTokenView> list() {
    return apiTokens.list().stream().map(ApiTokenView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "One bot token",
      description = "The bot token with this id, with its last use; never the token itself.")
  @APIResponse(
      responseCode = "200",
      description = "The bot token",
      content = @Content(schema = @Schema(implementation = ApiTokenView.class)))
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_API_TOKEN)
  public ApiTokenView get(@Parameter(description = "The token's id") @PathParam("id") long id) {
    return ApiTokenView.of(apiTokens.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      extensions =
          @Extension(
              name = IdempotencyKeyFilter.IGNORED,
              value = "the answer holds a token, which the server does not keep"),
      summary = "Mint a bot token",
      description =
          "Creates a bot token with these scopes. The token is in this response only: the server"
              + " keeps just its hash. It lasts until revoked.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = MintRequest.class),
              examples =
                  @ExampleObject(
                      name = "a chat bot that follows the night and posts votes",
                      value = "{\"name\": \"kosmi-bot\", \"scopes\": [\"live\", \"votes\"]}")))
  @APIResponse(
      responseCode = "201",
      description = "Minted; Location names it",
      headers =
          @Header(
              name = "Location",
              description = "The new token's URL (GET reads it, DELETE revokes it)",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              schema = @Schema(implementation = NewApiTokenView.class),
              examples =
                  @ExampleObject(
                      name = "shown once",
                      value =
                          "{\"id\": 1, \"name\": \"kosmi-bot\", \"scopes\": [\"live\", \"votes\"], \"created_at\": \"2025-11-01T19:00:00.000Z\", \"token\": \"gpb_q3Jx0mT2vA9cL8nE5rW1yU7iO4pS6dF3gH2jK0lZ9xc\"}")))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "No name, or no or unknown scopes (named in errors)")
  public Response mint(MintRequest request) {
    if (request == null) {
      throw new InvalidValueException("body", "A JSON body is required");
    }
    MintedApiToken minted =
        apiTokens.mint(MintApiTokenCommand.of(request.name(), request.scopes()));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(minted.token().id())).build())
        .entity(NewApiTokenView.of(minted))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      summary = "Revoke a bot token",
      description =
          "Deletes the token: from now on it is refused (401 on REST, auth_error on the"
              + " WebSocket), and live connections that authenticated with it are closed with 1008"
              + " \"Token revoked\".")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_API_TOKEN)
  public Response revoke(@Parameter(description = "The token's id") @PathParam("id") long id) {
    apiTokens.revoke(id);
    return Response.noContent().build();
  }
}
