package io.chorus.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's boundaries from docs/CONVENTIONS.md, stated as rules the build checks. */
class ModuleBoundaryTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.chorus.reporting");

  @Test
  void theDomainDoesNotKnowTheEngine() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.camunda..").check(CLASSES);
  }

  @Test
  void itDependsOnNoOtherChorusModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.chorus.roster..",
            "io.chorus.contracting..",
            "io.chorus.review..",
            "io.chorus.campaign..",
            "io.chorus.workflow..",
            "io.chorus.app..")
        .check(CLASSES);
  }

  @Test
  void thePublicApiDoesNotExposeInternals() {
    noClasses()
        .that()
        .resideInAPackage("io.chorus.reporting")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.chorus.reporting.internal..")
        .check(CLASSES);
  }
}
