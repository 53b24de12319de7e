package fr.label.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** label-testing runs scenarios through the public API only, as any application would. */
@AnalyzeClasses(packages = "fr.label.testing", importOptions = ImportOption.DoNotIncludeTests.class)
class TestingArchitectureTest {

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLE = slices().matching("fr.label.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule PUBLIC_API_ONLY = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("fr.label.rules..", "fr.label.spi..", "fr.label.internal..", "org.drools..", "org.kie..")
            .because("the engine is closed: label-core's exported packages are its API");
}
