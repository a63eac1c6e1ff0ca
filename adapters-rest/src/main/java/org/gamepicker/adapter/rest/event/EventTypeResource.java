package org.gamepicker.adapter.rest.event;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.domain.event.EventType;

/** REST: the event types that webhooks subscribe to and bots receive (public). */
@Path("/event-types")
@RequestScoped
@Tag(
    name = "Event types",
    description = "The types of the events sent to bots (WebSocket) and webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class EventTypeResource {

  private static final List<EventTypeView> ALL =
      Arrays.stream(EventType.values()).map(EventTypeView::of).toList();

  @GET
  @PermitAll
  @Operation(
      summary = "List event types",
      description =
          "Every event type, by its name on the wire, in a stable order (the seeds' four first):"
              + " the names a webhook's events and a bot's opt-in events take. The webhook.test"
              + " event, sent only on request, is not among them.")
  @APIResponse(
      responseCode = "200",
      description = "The event types",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventTypeView.class)))
  public List<EventTypeView> list() {
    return ALL;
  }
}
