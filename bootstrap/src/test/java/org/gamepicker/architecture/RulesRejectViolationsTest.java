package org.gamepicker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.gamepicker.architecture.fixtures.adapter.rest.EntityManagerResource;
import org.gamepicker.architecture.fixtures.adapter.rest.ThingResource;
import org.gamepicker.architecture.fixtures.adapter.webhooks.WebhookSender;
import org.gamepicker.architecture.fixtures.application.AdapterCallingService;
import org.gamepicker.architecture.fixtures.application.EventFiringService;
import org.gamepicker.architecture.fixtures.application.RestAwareService;
import org.gamepicker.architecture.fixtures.application.WireRenderingService;
import org.gamepicker.architecture.fixtures.bootstrap.Wiring;
import org.gamepicker.architecture.fixtures.domain.BootstrapAwareDomainObject;
import org.gamepicker.architecture.fixtures.domain.JpaAnnotatedDomainObject;
import org.gamepicker.architecture.fixtures.domain.PlainDomainObject;
import org.gamepicker.architecture.fixtures.wire.PlainWireWriter;
import org.gamepicker.architecture.fixtures.wire.ServiceAwareWireWriter;
import org.junit.jupiter.api.Test;

/** Each dependency rule, applied to fixture classes that break it, reports the violation. */
class RulesRejectViolationsTest {

  private static final HexagonRules RULES =
      new HexagonRules("org.gamepicker.architecture.fixtures");

  @Test
  void aFrameworkAnnotationInTheDomainIsRejected() {
    assertThat(evaluate(RULES.domainUsesOnlyJava(), JpaAnnotatedDomainObject.class).hasViolation())
        .isTrue();
  }

  @Test
  void plainJavaInTheDomainIsAccepted() {
    assertThat(evaluate(RULES.domainUsesOnlyJava(), PlainDomainObject.class).hasViolation())
        .isFalse();
  }

  @Test
  void anHttpApiInTheApplicationIsRejected() {
    ArchRule rule = RULES.applicationUsesOnlyDomainJavaAndCdi();
    EvaluationResult result = evaluate(rule, RestAwareService.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("jakarta.ws.rs.core.Response"))
        .noneMatch(line -> line.contains("jakarta.inject.Inject"));
  }

  @Test
  void oneAdapterUsingAnotherIsRejected() {
    assertThat(
            evaluate(
                    RULES.adaptersDoNotDependOnEachOther(),
                    ThingResource.class,
                    WebhookSender.class)
                .hasViolation())
        .isTrue();
  }

  @Test
  void jpaOutsideThePersistenceAdapterIsRejected() {
    assertThat(
            evaluate(RULES.jpaOnlyInThePersistenceAdapter(), EntityManagerResource.class)
                .hasViolation())
        .isTrue();
  }

  @Test
  void theApplicationCallingAnAdapterIsRejected() {
    assertThat(
            evaluate(
                    RULES.coreDoesNotDependOnAdaptersOrBootstrap(),
                    AdapterCallingService.class,
                    ThingResource.class)
                .hasViolation())
        .isTrue();
  }

  @Test
  void aWireFormThatKnowsAUseCaseIsRejectedAndOneOnDomainAndJsonIsAccepted() {
    ArchRule rule = RULES.wireUsesOnlyDomainJavaAndJsonP();
    assertThat(evaluate(rule, ServiceAwareWireWriter.class).hasViolation()).isTrue();
    assertThat(evaluate(rule, PlainWireWriter.class).hasViolation()).isFalse();
  }

  @Test
  void theApplicationRenderingTheWireFormIsRejected() {
    assertThat(
            evaluate(
                    RULES.coreDoesNotKnowTheWireForm(),
                    WireRenderingService.class,
                    PlainWireWriter.class)
                .hasViolation())
        .isTrue();
  }

  @Test
  void theDomainCallingTheBootstrapIsRejected() {
    assertThat(
            evaluate(
                    RULES.coreDoesNotDependOnAdaptersOrBootstrap(),
                    BootstrapAwareDomainObject.class,
                    Wiring.class)
                .hasViolation())
        .isTrue();
  }

  @Test
  void aCdiEventFiredByTheApplicationIsRejected() {
    assertThat(
            evaluate(RULES.noCdiEventsBetweenCoreAndAdapters(), EventFiringService.class)
                .hasViolation())
        .isTrue();
  }

  private static EvaluationResult evaluate(ArchRule rule, Class<?>... fixtures) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
    return rule.evaluate(classes);
  }
}
