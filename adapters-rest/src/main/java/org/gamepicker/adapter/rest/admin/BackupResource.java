package org.gamepicker.adapter.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.adapter.rest.error.BodySizeLimitFilter;
import org.gamepicker.adapter.rest.error.LargeBody;
import org.gamepicker.application.port.in.backup.BackUpUseCase;
import org.gamepicker.application.port.in.backup.RestoreUseCase;

/** REST: the admin's backup of everything the server holds, and its restore into a fresh server. */
@Path("/admin")
@RequestScoped
@Tag(
    name = "Admin",
    description = "Backup of everything the server holds, and its restore into a fresh server")
public class BackupResource {

  /** A restore's answer: the rows restored in each table. */
  @Schema(name = "RestoreResult")
  public record RestoreResult(
      @Schema(description = "Rows restored per table, in the order restored")
          Map<String, Long> rows) {}

  @Inject BackUpUseCase backUp;
  @Inject RestoreUseCase restore;

  @GET
  @Path("/backup")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Back up everything the server holds",
      description =
          "One JSON document, streamed as the database is read from one consistent view: format,"
              + " formatVersion, serverVersion, schemaVersion (the newest migration), database,"
              + " createdAt, keys (where the admin key and the signing key live: they are not in"
              + " it), sequences (their next values) and tables (every row of the catalog,"
              + " sessions, plays, votes, polls and ballots, webhooks with their secrets and"
              + " delivery log, bot tokens' hashes and scopes, the event log, the subscribers'"
              + " cursors), timestamps as ISO-8601 instants in UTC. It holds secrets: store it as"
              + " safely as the keys.")
  @APIResponse(
      responseCode = "200",
      description = "The backup document, as an attachment",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  public Response backup() {
    StreamingOutput body = out -> backUp.backUp(out);
    String file =
        "gamepicker-backup-"
            + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "")
            + ".json";
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  @POST
  @Path("/restore")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @LargeBody(bytes = BodySizeLimitFilter.BACKUP_BODY_BYTES, readWithinSeconds = 600)
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Restore a backup into this fresh server",
      description =
          "Takes a document from GET /api/admin/backup of a server at the same schema version, on"
              + " H2 or PostgreSQL, and writes it all in one transaction, parsed as it arrives:"
              + " every id kept, and ids, sequences and the event log continue after the restored"
              + " ones (a bot resumes from its last event id). The database must be empty: no"
              + " session, vote, poll, event, webhook or bot token (the seeded catalog and the"
              + " subscribers' cursors are replaced by the backup's). Up to 1 GB, read within 10"
              + " minutes; one import or restore at a time.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(
      responseCode = "200",
      description = "Restored",
      content = @Content(schema = @Schema(implementation = RestoreResult.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Not a backup this server can restore (bad JSON, another schema version, a wrong value),"
              + " with where and why; nothing restored",
      ref = GamePickerApi.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(
      responseCode = "409",
      description = "The database is not empty; nothing restored",
      ref = GamePickerApi.CONFLICT)
  @APIResponse(responseCode = "413", ref = GamePickerApi.CONTENT_TOO_LARGE)
  @APIResponse(responseCode = "429", ref = GamePickerApi.TOO_MANY_REQUESTS)
  public RestoreResult restore(InputStream backup) {
    return new RestoreResult(restore.restore(backup).rowsByTable());
  }
}
