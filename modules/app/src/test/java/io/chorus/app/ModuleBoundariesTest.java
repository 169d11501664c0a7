package io.chorus.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module boundaries, stated as rules over the compiled classes of every module in the WAR.
 *
 * <ul>
 *   <li>The four domain modules do not know each other and do not know the engine: they reach rules
 *       kept in DMN through small interfaces of their own, which {@code campaign} implements.
 *   <li>A module's {@code internal} package is its own business.
 *   <li>{@code workflow} is generic engine infrastructure: it knows no business module.
 *   <li>Only the deployable knows the web and security layers.
 * </ul>
 */
class ModuleBoundariesTest {

  static final List<String> DOMAIN_MODULES =
      List.of("roster", "contracting", "review", "reporting");
  static final List<String> ALL_MODULES =
      List.of("roster", "contracting", "review", "reporting", "campaign", "workflow", "app");

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.chorus");
  }

  @Test
  void theRulesSeeEveryModule() {
    // Rules over no classes pass trivially; make sure the modules were found, in jars or not.
    assertThat(classes.contain("io.chorus.workflow.engine.ProcessEngineBootstrap")).isTrue();
    assertThat(classes.contain("io.chorus.app.boot.ChorusStartup")).isTrue();
    assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("io.chorus.roster")))
        .isNotEmpty();
    assertThat(classes.contain("io.chorus.reporting.internal.DefaultReportService")).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> domainModulesDoNotImportTheEngine() {
    return DOMAIN_MODULES.stream()
        .map(
            module ->
                check(
                    module + " does not import org.camunda",
                    noClasses()
                        .that()
                        .resideInAPackage(pkg(module))
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.camunda..")
                        .because(
                            "domain modules reach the engine only through interfaces of their own")));
  }

  @TestFactory
  Stream<DynamicTest> domainModulesDoNotDependOnEachOther() {
    return DOMAIN_MODULES.stream()
        .flatMap(
            module ->
                DOMAIN_MODULES.stream()
                    .filter(other -> !other.equals(module))
                    .map(
                        other ->
                            check(
                                module + " does not depend on " + other,
                                noClasses()
                                    .that()
                                    .resideInAPackage(pkg(module))
                                    .should()
                                    .dependOnClassesThat()
                                    .resideInAPackage(pkg(other))
                                    .because(
                                        "the campaign module orchestrates domain modules;"
                                            + " they do not call each other"))));
  }

  @TestFactory
  Stream<DynamicTest> noModuleTouchesAnotherModulesInternals() {
    return ALL_MODULES.stream()
        .map(
            module ->
                check(
                    "only " + module + " uses io.chorus." + module + ".internal",
                    noClasses()
                        .that()
                        .resideOutsideOfPackage(pkg(module))
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("io.chorus." + module + ".internal..")
                        .because("other modules use only a module's public package")));
  }

  @TestFactory
  Stream<DynamicTest> workflowKnowsNoBusinessModule() {
    return Stream.concat(DOMAIN_MODULES.stream(), Stream.of("campaign", "app"))
        .map(
            module ->
                check(
                    "workflow does not depend on " + module,
                    noClasses()
                        .that()
                        .resideInAPackage(pkg("workflow"))
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(pkg(module))));
  }

  @TestFactory
  Stream<DynamicTest> onlyTheDeployableKnowsTheWebAndSecurityLayers() {
    return Stream.of(
            "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..", "jakarta.security..")
        .map(
            api ->
                check(
                    "modules other than app do not use " + api,
                    noClasses()
                        .that()
                        .resideOutsideOfPackage(pkg("app"))
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(api)
                        .because("REST, pages and security live in the deployable")));
  }

  private static String pkg(String module) {
    return "io.chorus." + module + "..";
  }

  private static DynamicTest check(String name, ArchRule rule) {
    return DynamicTest.dynamicTest(name, () -> rule.allowEmptyShould(true).check(classes));
  }
}
