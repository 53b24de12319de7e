package fr.label.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The example editions and their generator use the public API only: the generator asks the
 * engine what the rules decide.
 */
@AnalyzeClasses(packages = "fr.label.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLE = slices().matching("fr.label.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule PUBLIC_API_ONLY = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("fr.label.rules..", "fr.label.spi..", "fr.label.internal..", "org.drools..", "org.kie..")
            .because("the engine is closed: label-core's exported packages are its API");

    @ArchTest
    static final ArchRule NO_BENCHMARK = noClasses().should().dependOnClassesThat().resideInAPackage("fr.label.bench..")
            .because("the benchmarks build on the examples, not the reverse");
}
