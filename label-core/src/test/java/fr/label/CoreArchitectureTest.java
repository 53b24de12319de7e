package fr.label;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture of label-core, checked at each build: no package cycle, no rule engine. Each
 * module has such a test for its own packages; a cycle across modules cannot be built at all.
 */
@AnalyzeClasses(packages = "fr.label", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    /**
     * Every package below {@code fr.label} on its own: none needs a package that needs it back.
     * The root package is the API's entry ({@code LabelEngine}, and the words every package
     * shares: {@code Language}, {@code RuleInfo}...); it sits above the others and is no slice.
     */
    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLE = slices().matching("fr.label.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule NO_RULE_ENGINE = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.drools..", "org.kie..", "org.mvel..")
            .because("label-core is the API, free of any rule engine");

    @ArchTest
    static final ArchRule PLUMBING_STAYS_INSIDE = noClasses()
            .that().resideInAnyPackage("fr.label.dossier..", "fr.label.result..", "fr.label.sketch..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.label.spi..", "fr.label.internal..")
            .because("the domain packages are the API; the engine's plumbing builds on them, not the reverse");

    /** The cycle rule fails on two packages that need each other (test fixtures, not imported above). */
    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses cycle = new ClassFileImporter().importPackages("fr.label.architecture.cycle");

        assertThat(NO_PACKAGE_CYCLE.evaluate(cycle).hasViolation()).isTrue();
        assertThat(NO_PACKAGE_CYCLE.evaluate(cycle).getFailureReport().toString())
                .contains("architecture.cycle.one", "architecture.cycle.two");
    }
}
