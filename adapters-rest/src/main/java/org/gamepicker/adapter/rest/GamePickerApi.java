package org.gamepicker.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.gamepicker.adapter.rest.error.Problem;

/**
 * The REST API under /api, secured by bearer tokens (the admin JWT or a bot token; see {@link
 * org.gamepicker.adapter.rest.auth.BearerTokenFilter}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Game Picker API",
            version = "1.0.0",
            description =
                "Self-hosted backend for Jackbox Party Pack game nights: the catalog, the picker,"
                    + " sessions, live votes and webhooks.",
            license = @License(name = "MIT")),
    servers = @Server(url = "/", description = "The server this description came from"),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = GamePickerApi.BAD_REQUEST,
                  description =
                      "The request is invalid; the problem's detail names the field or parameter",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.CONFLICT,
                  description =
                      "The request conflicts with the current state; the problem's detail says how",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.NOT_FOUND,
                  description = "Not found; the problem's detail says what",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.CONTENT_TOO_LARGE,
                  description = "The body is over the endpoint's limit",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.TOO_MANY_REQUESTS,
                  description = "Too many requests",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.NO_SUCH_PACK,
                  description = "No pack of this name",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.NO_SUCH_API_TOKEN,
                  description = "No bot token with this id",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.UNAUTHORIZED,
                  description = "Missing, invalid or expired token",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.FORBIDDEN,
                  description =
                      "The token may not do this: a bot token without the scope this operation"
                          + " needs, or on an admin-only operation",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.NO_SUCH_SESSION,
                  description = "No such session",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.NO_SUCH_WEBHOOK,
                  description = "No such webhook",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.NO_SUCH_GAME,
                  description = "No game with this id",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.NO_SUCH_POLL,
                  description = "No such poll",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GamePickerApi.NO_SUCH_SESSION_GAME,
                  description = "No such session or session game",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
@SecurityScheme(
    securitySchemeName = GamePickerApi.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "The admin token from POST /api/auth/login (a JWT), or a bot token from POST /api/tokens"
            + " (gpb_..., limited to its scopes)")
public class GamePickerApi extends Application {

  /** Name of the bearer security scheme, for @SecurityRequirement on admin operations. */
  public static final String BEARER = "bearerAuth";

  /** Name of the shared 400 response; each operation says what it refuses in its description. */
  public static final String BAD_REQUEST = "BadRequest";

  /** Name of the shared 409 response; each operation says which state refuses it. */
  public static final String CONFLICT = "Conflict";

  /** Name of the shared 404 response; each operation says what it did not find. */
  public static final String NOT_FOUND = "NotFound";

  /** Name of the shared 413 response; each operation names its limit. */
  public static final String CONTENT_TOO_LARGE = "ContentTooLarge";

  /** Name of the shared 429 response; each operation says what it counts. */
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";

  /** Name of the shared 404 response "No pack of this name". */
  public static final String NO_SUCH_PACK = "NoSuchPack";

  /** Name of the shared 404 response "No bot token with this id". */
  public static final String NO_SUCH_API_TOKEN = "NoSuchApiToken";

  /** Name of the shared 401 response, for {@code @APIResponse(responseCode = "401", ref = ...)}. */
  public static final String UNAUTHORIZED = "Unauthorized";

  /** Name of the shared 403 response, for operations a bot token may not call. */
  public static final String FORBIDDEN = "Forbidden";

  /** Name of the shared 404 response "No such session". */
  public static final String NO_SUCH_SESSION = "NoSuchSession";

  /** Name of the shared 404 response "No such webhook". */
  public static final String NO_SUCH_WEBHOOK = "NoSuchWebhook";

  /** Name of the shared 404 response "No game with this id". */
  public static final String NO_SUCH_GAME = "NoSuchGame";

  /** Name of the shared 404 response "No such session or session game". */
  public static final String NO_SUCH_SESSION_GAME = "NoSuchSessionGame";

  /** Name of the shared 404 response "No such poll". */
  public static final String NO_SUCH_POLL = "NoSuchPoll";
}
