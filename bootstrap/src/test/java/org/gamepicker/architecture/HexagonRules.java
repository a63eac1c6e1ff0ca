package org.gamepicker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the hexagon, for a root package: the production code lives under {@code
 * org.gamepicker}, the fixtures that prove each rule bites under {@code
 * org.gamepicker.architecture.fixtures}.
 */
record HexagonRules(String root) {

  static final HexagonRules PRODUCTION = new HexagonRules("org.gamepicker");

  String domain() {
    return root + ".domain..";
  }

  String wire() {
    return root + ".wire..";
  }

  String application() {
    return root + ".application..";
  }

  String adapters() {
    return root + ".adapter..";
  }

  String persistenceAdapter() {
    return root + ".adapter.persistence..";
  }

  String bootstrap() {
    return root + ".bootstrap..";
  }

  String adapterSlices() {
    return root + ".adapter.(*)..";
  }

  /** The domain is plain Java: it uses the JDK and itself, nothing else. */
  ArchRule domainUsesOnlyJava() {
    return classes()
        .that()
        .resideInAPackage(domain())
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", domain())
        .because("the domain is plain Java, free of any framework");
  }

  /** The application uses the domain, the JDK and the CDI and transaction APIs only. */
  ArchRule applicationUsesOnlyDomainJavaAndCdi() {
    return classes()
        .that()
        .resideInAPackage(application())
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            domain(),
            application(),
            "jakarta.inject..",
            "jakarta.enterprise..",
            "jakarta.transaction..")
        .because("use cases must not know how they are delivered or stored");
  }

  /** Each adapter module talks to the application, never to another adapter. */
  ArchRule adaptersDoNotDependOnEachOther() {
    return slices()
        .matching(adapterSlices())
        .should()
        .notDependOnEachOther()
        .because("adapters meet only through the application's ports");
  }

  /** JPA stays inside the persistence adapter. */
  ArchRule jpaOnlyInThePersistenceAdapter() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(persistenceAdapter())
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.persistence..")
        .because("storage is the persistence adapter's business");
  }

  /** The core and the adapters tell each other things through named ports, never CDI events. */
  ArchRule noCdiEventsBetweenCoreAndAdapters() {
    return noClasses()
        .that()
        .resideInAnyPackage(application(), adapters())
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.enterprise.event.Event")
        .because(
            "a fired CDI event is a contract without a name: its listeners are found by search");
  }

  /** Dependencies point inwards: the core never knows its adapters or the bootstrap. */
  ArchRule coreDoesNotDependOnAdaptersOrBootstrap() {
    return noClasses()
        .that()
        .resideInAnyPackage(domain(), application())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(adapters(), bootstrap())
        .because("dependencies point from the adapters to the core, never back");
  }

  /**
   * The published language uses the domain's events and JSON-P, and knows no use case or adapter.
   */
  ArchRule wireUsesOnlyDomainJavaAndJsonP() {
    return classes()
        .that()
        .resideInAPackage(wire())
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", domain(), wire(), "jakarta.json..")
        .because("the wire form is shared by the adapters and must not pull any of them in");
  }

  /** The core hands events on as types; how they look on the wire is the adapters' business. */
  ArchRule coreDoesNotKnowTheWireForm() {
    return noClasses()
        .that()
        .resideInAnyPackage(domain(), application())
        .should()
        .dependOnClassesThat()
        .resideInAPackage(wire())
        .because("the wire form is a published language at the edge, not part of the core");
  }
}
