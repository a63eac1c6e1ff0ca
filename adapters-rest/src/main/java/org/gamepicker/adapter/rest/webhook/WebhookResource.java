package org.gamepicker.adapter.rest.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.gamepicker.application.port.in.webhook.CreateWebhookCommand;
import org.gamepicker.application.port.in.webhook.CreatedWebhook;
import org.gamepicker.application.port.in.webhook.ManageWebhooksUseCase;
import org.gamepicker.application.port.in.webhook.UpdateWebhookCommand;
import org.gamepicker.application.port.in.webhook.WebhookDeliveriesUseCase;
import org.gamepicker.domain.common.InvalidValueException;

/** REST: the host's webhooks, their test sends, delivery logs and redeliveries (admin only). */
@Path("/webhooks")
@RequestScoped
@RolesAllowed("admin")
@SecurityRequirement(name = GamePickerApi.BEARER)
@Tag(
    name = "Webhooks",
    description =
        "Signed HTTP callbacks for live events. See docs/webhooks.md for the headers and how to"
            + " verify the signatures.")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
public class WebhookResource {

  private static final String ID = "The webhook's id";

  @Inject ManageWebhooksUseCase webhooks;
  @Inject WebhookDeliveriesUseCase deliveries;
  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary = "List webhooks",
      description = "Every webhook, by id; secrets are never shown.")
  @APIResponse(
      responseCode = "200",
      description = "The webhooks",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
  public List<WebhookView> list() {
    return webhooks.list().stream().map(WebhookView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a webhook", description = "One webhook; its secret is never shown.")
  @APIResponse(
      responseCode = "200",
      description = "The webhook",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_WEBHOOK)
  public WebhookView get(@Parameter(description = ID) @PathParam("id") long id) {
    return WebhookView.of(webhooks.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register a webhook",
      description =
          "Creates a webhook (enabled unless enabled is false). Without a secret the server"
              + " generates one and returns it in this response only.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = WebhookRequest.class),
              examples =
                  @ExampleObject(
                      name = "a relay for game announcements",
                      value =
                          "{\"name\": \"Discord relay\", \"url\": \"https://relay.example.org/hooks/gamepicker\", \"events\": [\"session.started\", \"game.added\", \"session.ended\"]}")))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      headers =
          @Header(
              name = "Location",
              description = "The new webhook's URL",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              schema = @Schema(implementation = WebhookView.class),
              examples =
                  @ExampleObject(
                      name = "created with a generated secret",
                      value =
                          "{\"id\": 3, \"name\": \"Discord relay\", \"url\": \"https://relay.example.org/hooks/gamepicker\", \"events\": [\"session.started\", \"game.added\", \"session.ended\"], \"enabled\": true, \"created_at\": \"2025-11-01T19:00:00.000Z\", \"secret\": \"9b1f0c2d3e4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e\"}")))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "A field is missing or invalid (named in errors)")
  public Response create(WebhookRequest request) {
    WebhookRequest body = required(request);
    CreatedWebhook created =
        webhooks.create(
            CreateWebhookCommand.of(
                body.name(), body.url(), body.secret(), body.events(), body.enabled()));
    String shownSecret = created.secretGenerated() ? created.webhook().secret() : null;
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.webhook().id())).build())
        .entity(WebhookView.of(created.webhook(), shownSecret))
        .build();
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a webhook",
      description =
          "Partial update: only the members present change (name, url, secret, events, enabled).")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = WebhookRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The webhook as changed",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "A field is invalid (named in errors)")
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_WEBHOOK)
  public WebhookView update(
      @Parameter(description = ID) @PathParam("id") long id, WebhookRequest request) {
    WebhookRequest body = required(request);
    return WebhookView.of(
        webhooks.update(
            UpdateWebhookCommand.of(
                id, body.name(), body.url(), body.secret(), body.events(), body.enabled())));
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      summary = "Delete a webhook",
      description =
          "Deletes it at once, whatever its delivery log holds: it is gone from every operation and"
              + " gets no further delivery. Its deliveries and their log are removed in the"
              + " background, in small batches.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_WEBHOOK)
  public Response delete(@Parameter(description = ID) @PathParam("id") long id) {
    webhooks.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/test/{id}")
  @Operation(
      summary = "Send a test event",
      description =
          "Sends a signed webhook.test event to the webhook now (even when it is disabled), once,"
              + " without retries, and answers with the attempt's result: 200 also when the"
              + " receiver failed (see outcome, response_status and error).")
  @APIResponse(
      responseCode = "200",
      description = "The attempt",
      content = @Content(schema = @Schema(implementation = DeliveryLogView.class)))
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_WEBHOOK)
  public DeliveryLogView test(@Parameter(description = ID) @PathParam("id") long id) {
    return DeliveryLogView.of(deliveries.test(id));
  }

  @GET
  @Path("/{id}/logs")
  @Operation(
      summary = "Delivery log",
      description =
          "The webhook's last 100 delivery attempts, newest first: event type and id, attempt,"
              + " outcome, response status, duration, error and the next attempt.")
  @APIResponse(
      responseCode = "200",
      description = "The attempts",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryLogView.class)))
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_WEBHOOK)
  public List<DeliveryLogView> logs(@Parameter(description = ID) @PathParam("id") long id) {
    return deliveries.logs(id).stream().map(DeliveryLogView::of).toList();
  }

  @POST
  @Path("/{id}/logs/{delivery_id}/redeliver")
  @Operation(
      summary = "Redeliver a logged event",
      description =
          "Sends the event of one of the webhook's deliveries again now (even when the webhook is"
              + " disabled), once, under a new webhook-id, and answers with the attempt's result."
              + " An extension beyond the original contract.")
  @APIResponse(
      responseCode = "200",
      description = "The attempt",
      content = @Content(schema = @Schema(implementation = DeliveryLogView.class)))
  @APIResponse(
      responseCode = "404",
      ref = GamePickerApi.NOT_FOUND,
      description = "No such webhook, or no such delivery of it")
  public DeliveryLogView redeliver(
      @Parameter(description = ID) @PathParam("id") long id,
      @Parameter(description = "The delivery's id, from the log") @PathParam("delivery_id")
          long deliveryId) {
    return DeliveryLogView.of(deliveries.redeliver(id, deliveryId));
  }

  private static WebhookRequest required(WebhookRequest request) {
    if (request == null) {
      throw new InvalidValueException("body", "A JSON body is required");
    }
    return request;
  }
}
