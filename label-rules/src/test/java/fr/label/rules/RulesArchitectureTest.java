package fr.label.rules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of label-rules, checked at each build: no package cycle (the Drools code the
 * build generates from the rule files is not ours, and left out), and the rules' facts, which
 * the rule files use, depend on no engine code.
 */
@AnalyzeClasses(packages = "fr.label.rules",
        importOptions = {ImportOption.DoNotIncludeTests.class, RulesArchitectureTest.NotGenerated.class})
class RulesArchitectureTest {

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLE = slices().matching("fr.label.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule FACTS_ARE_THE_RULES_VOCABULARY = noClasses().that().resideInAPackage("fr.label.rules.facts..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.label.rules.engine..", "fr.label.rules.check..")
            .because("the rule files use the facts; the engine runs the rule files");

    @ArchTest
    static final ArchRule NO_CORE_INTERNALS = noClasses().should().dependOnClassesThat()
            .resideInAPackage("fr.label.internal..")
            .because("label-core gives the engine its API and its SPI (fr.label.spi), nothing else");

    /** Leaves out the executable model that the build generates from the rule files (fr.label.rules.editionYYYY). */
    static final class NotGenerated implements ImportOption {
        private static final Pattern GENERATED = Pattern.compile(".*/fr/label/rules/edition\\d{4}/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(GENERATED);
        }
    }
}
