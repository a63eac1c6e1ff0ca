package org.gamepicker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gamepicker.domain.common.DomainException;
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
        RULES.coreDoesNotDependOnAdaptersOrBootstrap(),
        RULES.wireUsesOnlyDomainJavaAndJsonP(),
        RULES.coreDoesNotKnowTheWireForm(),
        RULES.noCdiEventsBetweenCoreAndAdapters());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void productionCodeFollowsTheRule(ArchRule rule) {
    rule.check(production);
  }

  /**
   * A domain rule's refusal rolls its transaction back through DomainExceptionRollback, not through
   * the container, which would record each one as an FFDC incident: so every {@code @Transactional}
   * (on a method or a class) lists DomainException in {@code dontRollbackOn}.
   */
  @Test
  void everyTransactionLeavesDomainRefusalsToTheRollbackInterceptor() {
    List<String> transactional = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (JavaClass type : production) {
      if (type.isAnnotatedWith(Interceptor.class)) {
        continue; // DomainExceptionRollback: @Transactional is its binding, not a transaction
      }
      Stream.concat(
              Stream.of(type.reflect()),
              type.getMethods().stream().map(method -> (AnnotatedElement) method.reflect()))
          .forEach(
              element -> {
                Transactional transaction = element.getAnnotation(Transactional.class);
                if (transaction != null) {
                  transactional.add(element.toString());
                  if (!List.of(transaction.dontRollbackOn()).contains(DomainException.class)) {
                    missing.add(element.toString());
                  }
                }
              });
    }
    assertThat(transactional).as("@Transactional classes and methods").hasSizeGreaterThan(50);
    assertThat(missing).as("without dontRollbackOn = DomainException.class").isEmpty();
  }

  /** A rule over packages that hold no classes would pass without checking anything. */
  @Test
  void everyRuleMatchesProductionClasses() {
    assertThat(classesIn(RULES.domain())).as("domain classes").isPositive();
    assertThat(classesIn(RULES.application())).as("application classes").isPositive();
    assertThat(classesIn(RULES.wire())).as("wire classes").isPositive();
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
            "irc",
            "metrics",
            "web");
  }

  private static int classesIn(String packagePattern) {
    return production.that(JavaClass.Predicates.resideInAPackage(packagePattern)).size();
  }
}
