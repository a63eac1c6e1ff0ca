package org.gamepicker.adapter.rest.game;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.adapter.rest.game.CatalogBodies.FavorRequest;
import org.gamepicker.adapter.rest.game.CatalogBodies.PackToggleRequest;
import org.gamepicker.adapter.rest.game.CatalogBodies.PackView;
import org.gamepicker.application.port.in.game.BrowseCatalogUseCase;
import org.gamepicker.application.port.in.game.ManagePacksUseCase;
import org.gamepicker.domain.common.Require;

/**
 * REST: the catalog's packs, listed by anyone; the admin enables, disables and weighs a whole pack.
 * Under /games, where the packs have always been.
 */
@Path("/games")
@RequestScoped
@Tag(name = "Games")
@Produces(MediaType.APPLICATION_JSON)
public class PackResource {

  @Inject BrowseCatalogUseCase browse;
  @Inject ManagePacksUseCase managePacks;

  @GET
  @Path("/packs")
  @PermitAll
  @Operation(
      summary = "List packs",
      description = "By name, with how many games each has and how many are enabled.")
  @APIResponse(
      responseCode = "200",
      description = "The packs",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PackView.class)))
  public List<PackView> packs() {
    return browse.listPacks().stream().map(PackView::of).toList();
  }

  @PATCH
  @Path("/packs/{name}/toggle")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enable or disable a pack",
      description = "Sets the pack and every game in it to the given state.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PackToggleRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The pack",
      content = @Content(schema = @Schema(implementation = PackView.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "enabled missing")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_PACK)
  public PackView togglePack(
      @Parameter(description = "The pack's name") @PathParam("name") String name,
      PackToggleRequest request) {
    boolean enabled = Require.present(Require.present(request, "body").enabled(), "enabled");
    return PackView.of(managePacks.setEnabled(name, enabled));
  }

  @PATCH
  @Path("/packs/{name}/favor")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a pack's favour bias",
      description = "Weighs on every game of the pack, on top of the game's own bias.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = FavorRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The pack",
      content = @Content(schema = @Schema(implementation = PackView.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "favor_bias missing or not -1, 0 or 1")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_PACK)
  public PackView favorPack(
      @Parameter(description = "The pack's name") @PathParam("name") String name,
      FavorRequest request) {
    return PackView.of(managePacks.setFavorBias(name, FavorRequest.biasOf(request)));
  }
}
