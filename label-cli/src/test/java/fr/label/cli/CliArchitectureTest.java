package fr.label.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line, its reports and its server use the public API only: what they need of the
 * rules (export, check, describe, compile once) is {@code fr.label.LabelRules}. The reports and
 * the server do not know the commands.
 */
@AnalyzeClasses(packages = {"fr.label.cli", "fr.label.report", "fr.label.server", "fr.label.templates"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLE = slices().matching("fr.label.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule NO_ENGINE_INTERNALS = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("fr.label.rules..", "fr.label.spi..", "fr.label.internal..", "org.drools..", "org.kie..")
            .because("the engine is closed: label-core's exported packages are its API");

    @ArchTest
    static final ArchRule REPORTS_DO_NOT_KNOW_THE_COMMANDS = noClasses().that().resideInAPackage("fr.label.report..")
            .should().dependOnClassesThat().resideInAPackage("fr.label.cli..");

    @ArchTest
    static final ArchRule THE_SERVER_DOES_NOT_KNOW_THE_COMMANDS = noClasses().that().resideInAPackage("fr.label.server..")
            .should().dependOnClassesThat().resideInAPackage("fr.label.cli..")
            .because("label serve starts the server; the server answers with the library and the reports alone");

    /** The tool's jar is made of this module's runtime classpath, which the tests' holds: no JMH there. */
    @Test
    void theToolCarriesNoBenchmark() {
        ClassLoader loader = CliArchitectureTest.class.getClassLoader();

        assertThat(loader.getResource("org/openjdk/jmh/Main.class")).isNull();
        assertThat(loader.getResource("fr/label/bench")).isNull();
    }
}
