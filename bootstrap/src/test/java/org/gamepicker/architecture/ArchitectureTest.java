package org.gamepicker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the production classes of every module against the hexagon's dependency rules. */
class ArchitectureTest {

  private static final HexagonRules RULES = HexagonRules.PRODUCTION;
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(RULES.root());
  }

  static Stream<ArchRule> rules() {
    return Stream.of(
        RULES.domainUsesOnlyJava(),
        RULES.applicationUsesOnlyDomainJavaAndCdi(),
        RULES.adaptersDoNotDependOnEachOther(),
        RULES.jpaOnlyInThePersistenceAdapter(),
        RULES.coreDoesNotDependOnAdaptersOrBootstrap());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void productionCodeFollowsTheRule(ArchRule rule) {
    rule.check(production);
  }

  /** A rule over packages that hold no classes would pass without checking anything. */
  @Test
  void everyRuleMatchesProductionClasses() {
    assertThat(classesIn(RULES.domain())).as("domain classes").isPositive();
    assertThat(classesIn(RULES.application())).as("application classes").isPositive();
    assertThat(classesIn(RULES.persistenceAdapter())).as("persistence adapter").isPositive();
    assertThat(classesIn(RULES.bootstrap())).as("bootstrap classes").isPositive();
    assertThat(
            production.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(RULES.root() + ".adapter."))
                .map(name -> name.split("\\.")[3])
                .distinct())
        .as("adapter modules (each is one slice of adaptersDoNotDependOnEachOther)")
        .contains(
            "persistence",
            "rest",
            "security",
            "websocket",
            "webhooks",
            "discord",
            "metrics",
            "web");
  }

  private static int classesIn(String packagePattern) {
    return production.that(JavaClass.Predicates.resideInAPackage(packagePattern)).size();
  }
}
