package org.gamepicker.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The expand-then-contract rule of CONTRIBUTING.md: a migration newer than the last release may not
 * drop, rename, retype or tighten what that release's nodes still use during a rolling upgrade,
 * unless it says it is a contract step.
 */
class MigrationRulesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path MIGRATIONS =
      ROOT.resolve("adapters-persistence/src/main/resources/db/migration");
  private static final Path RELEASES = ROOT.resolve("bootstrap/src/test/upgrade");
  private static final Pattern VERSION = Pattern.compile("^V([0-9_.]+)__.*\\.sql$");
  private static final String CONTRACT_MARK = "-- contract:";

  /** Statements that break the previous release's code while it still runs beside this one. */
  private static final Map<String, Pattern> BREAKING =
      Map.of(
          "drops a table, column, sequence or view",
          Pattern.compile("\\bDROP\\s+(TABLE|COLUMN|SEQUENCE|VIEW)\\b"),
          "renames",
          Pattern.compile("\\bRENAME\\b"),
          "changes a column's type",
          Pattern.compile("\\bALTER\\s+COLUMN\\s+\\w+\\s+(SET\\s+DATA\\s+)?TYPE\\b"),
          "makes a column NOT NULL",
          Pattern.compile("\\bSET\\s+NOT\\s+NULL\\b"),
          "adds a constraint the old code may violate",
          Pattern.compile(
              "\\bADD\\s+(CONSTRAINT\\s+\\w+\\s+)?(UNIQUE|CHECK|FOREIGN\\s+KEY|PRIMARY\\s+KEY)\\b"),
          "adds a NOT NULL column without a default",
          Pattern.compile(
              "\\bADD\\s+(COLUMN\\s+)?[^,;]*?\\bNOT\\s+NULL\\b(?![^,;]*\\bDEFAULT\\b)"));

  @Test
  void migrationsSinceTheLastReleaseOnlyExpand() throws IOException {
    BigInteger released = lastReleasedSchemaVersion();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      List<String> violations =
          files
              .filter(file -> version(file).compareTo(released) > 0)
              .sorted(Comparator.comparing(MigrationRulesTest::version))
              .flatMap(file -> violations(file.getFileName().toString(), read(file)).stream())
              .toList();
      assertThat(violations)
          .as(
              "migrations after schema version %s (the last release's); see CONTRIBUTING.md, "
                  + "\"Database migrations\"",
              released)
          .isEmpty();
    }
  }

  @Test
  void theRuleCatchesEachBreakingChangeAndLetsAMarkedContractStepPass() {
    assertThat(violations("V999__x.sql", "ALTER TABLE votes DROP COLUMN vote_type;")).hasSize(1);
    assertThat(violations("V999__x.sql", "ALTER TABLE games RENAME COLUMN title TO name;"))
        .hasSize(1);
    assertThat(violations("V999__x.sql", "ALTER TABLE games ALTER COLUMN title SET NOT NULL;"))
        .hasSize(1);
    assertThat(violations("V999__x.sql", "ALTER TABLE games ADD COLUMN rating INT NOT NULL;"))
        .hasSize(1);
    assertThat(violations("V999__x.sql", "ALTER TABLE games ADD CONSTRAINT uq UNIQUE (title);"))
        .hasSize(1);
    assertThat(violations("V999__x.sql", "ALTER TABLE games ALTER COLUMN title TYPE TEXT;"))
        .hasSize(1);
    assertThat(
            violations(
                "V999__x.sql",
                "ALTER TABLE games ADD COLUMN rating INT NOT NULL DEFAULT 0;\n"
                    + "CREATE TABLE retention (id BIGINT NOT NULL PRIMARY KEY);\n"
                    + "CREATE INDEX idx ON games (title);"))
        .isEmpty();
    assertThat(
            violations(
                "V999__x.sql",
                "-- contract: 1.0.0 read vote_type; 1.1.0 reads vote_kind\n"
                    + "ALTER TABLE votes DROP COLUMN vote_type;"))
        .isEmpty();
  }

  /** What a migration's SQL does that the rule forbids, unless it is marked as a contract step. */
  static List<String> violations(String name, String sql) {
    if (sql.strip().startsWith(CONTRACT_MARK)) {
      return List.of();
    }
    String code = sql.replaceAll("--[^\\n]*", " ").toUpperCase(java.util.Locale.ROOT);
    Map<String, Pattern> sorted = new TreeMap<>(BREAKING);
    return sorted.entrySet().stream()
        .filter(rule -> rule.getValue().matcher(code).find())
        .map(rule -> name + " " + rule.getKey())
        .toList();
  }

  private static BigInteger lastReleasedSchemaVersion() throws IOException {
    try (Stream<Path> releases = Files.list(RELEASES)) {
      return releases
          .flatMap(release -> Stream.of(release.resolve("h2/expected.json")))
          .filter(Files::exists)
          .map(MigrationRulesTest::schemaVersion)
          .max(Comparator.naturalOrder())
          .orElseThrow(() -> new AssertionError("no release fixture under " + RELEASES));
    }
  }

  private static BigInteger schemaVersion(Path expected) {
    try (Reader reader = Files.newBufferedReader(expected)) {
      return numeric(Json.createReader(reader).readObject().getString("schema_version"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static BigInteger version(Path migration) {
    Matcher matcher = VERSION.matcher(migration.getFileName().toString());
    return matcher.matches() ? numeric(matcher.group(1)) : BigInteger.ZERO;
  }

  /** Flyway versions here are whole numbers (V930); a dotted one keeps its first part. */
  private static BigInteger numeric(String version) {
    return new BigInteger(Arrays.stream(version.split("[._]")).findFirst().orElseThrow());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
