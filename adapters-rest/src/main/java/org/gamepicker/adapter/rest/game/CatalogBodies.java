package org.gamepicker.adapter.rest.game;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.application.port.in.game.ImportReport;
import org.gamepicker.application.port.in.game.PackSummary;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.game.FavorBias;

/** The small request and response bodies of the catalog endpoints. */
final class CatalogBodies {

  private CatalogBodies() {}

  /** Body of the favour endpoints. */
  @Schema(name = "FavorRequest")
  public record FavorRequest(
      @Schema(
              required = true,
              enumeration = {"-1", "0", "1"})
          Integer favor_bias) {

    /** The bias a favour request sets; a missing body or field is a 400 naming it. */
    static FavorBias biasOf(FavorRequest request) {
      return FavorBias.of(Require.present(request, "body").favor_bias());
    }
  }

  /** Body of the pack toggle. */
  @Schema(name = "PackToggleRequest")
  public record PackToggleRequest(
      @Schema(required = true, description = "The new state of the pack and all its games")
          Boolean enabled) {}

  /** A pack in the packs list. */
  @Schema(name = "Pack")
  @JsonbPropertyOrder({"name", "enabled", "favor_bias", "game_count", "enabled_count"})
  public record PackView(
      String name,
      boolean enabled,
      @Schema(enumeration = {"-1", "0", "1"}) int favor_bias,
      int game_count,
      int enabled_count) {

    static PackView of(PackSummary pack) {
      return new PackView(
          pack.name(),
          pack.enabled(),
          pack.favorBias().value(),
          pack.gameCount(),
          pack.enabledCount());
    }
  }

  /** JSON form of an import. */
  @Schema(name = "CsvImportRequest")
  public record CsvImportRequest(
      @Schema(required = true, description = "The CSV text, header row first") String csv_data,
      @Schema(
              enumeration = {"append", "replace"},
              defaultValue = "append")
          String mode,
      @Schema(
              defaultValue = "false",
              description = "Apply the valid rows and report the bad ones instead of rejecting")
          Boolean skip_invalid) {}

  /** One bad row of an import. */
  @Schema(name = "CsvRowError")
  public record RowErrorView(int line, String message) {}

  /** What an applied import did. */
  @Schema(name = "CsvImportResult")
  @JsonbPropertyOrder({"imported", "updated", "skipped", "removed", "disabled", "errors"})
  public record ImportResult(
      int imported,
      int updated,
      int skipped,
      @Schema(description = "Never-played games deleted by a replace") int removed,
      @Schema(description = "Played games disabled by a replace") int disabled,
      List<RowErrorView> errors) {

    static ImportResult of(ImportReport report) {
      return new ImportResult(
          report.imported(),
          report.updated(),
          report.skipped(),
          report.removed(),
          report.disabled(),
          rowErrors(report));
    }
  }

  /** A rejected import: a problem (status 400) that also lists every bad row. */
  @Schema(name = "CsvImportProblem")
  @JsonbPropertyOrder({
    "type",
    "title",
    "status",
    "detail",
    "error",
    "imported",
    "updated",
    "skipped",
    "errors"
  })
  public record ImportProblem(
      String type,
      String title,
      int status,
      String detail,
      String error,
      int imported,
      int updated,
      int skipped,
      List<RowErrorView> errors) {

    static ImportProblem of(ImportReport report) {
      String detail =
          "The import was rejected and nothing was changed: "
              + report.errors().size()
              + " bad row(s), first on line "
              + report.errors().get(0).line()
              + ": "
              + report.errors().get(0).message()
              + " (send skip_invalid=true to import the valid rows only)";
      return new ImportProblem(
          "about:blank", "Bad Request", 400, detail, detail, 0, 0, 0, rowErrors(report));
    }
  }

  private static List<RowErrorView> rowErrors(ImportReport report) {
    return report.errors().stream().map(e -> new RowErrorView(e.line(), e.message())).toList();
  }
}
