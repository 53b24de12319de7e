package fr.label.bench;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The benchmarks measure the public API, as an application uses it; the JMH benchmarks and their
 * runner (fr.label.bench.jmh) build on the reference and the generators (fr.label.bench).
 */
@AnalyzeClasses(packages = "fr.label.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchArchitectureTest {

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLE = slices().matching("fr.label.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule PUBLIC_API_ONLY = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("fr.label.rules..", "fr.label.spi..", "fr.label.internal..", "org.drools..", "org.kie..")
            .because("the benchmarks measure what an application gets");
}
