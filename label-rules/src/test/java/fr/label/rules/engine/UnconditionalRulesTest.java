package fr.label.rules.engine;

import fr.label.LabelRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules with no condition (the figure rules, run once per engine) are read from the compiled
 * rules, without parsing the files at start: they are the rules whose {@code when} is empty in the
 * files, for the precompiled rule sets and for rules compiled from a directory.
 */
class UnconditionalRulesTest {

    private static Set<String> emptyWhenInTheFiles(RuleSet ruleSet) {
        return RuleText.of(ruleSet.files()).values().stream().filter(text -> !text.conditional())
                .map(RuleText::name).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "edition {0}")
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024})
    void theShippedRuleSetsFigureRulesAreThoseWithAnEmptyWhen(int year) {
        RuleSet ruleSet = ShippedRuleSets.ruleSet(year);

        assertThat(ruleSet.unconditionalRules()).containsExactlyInAnyOrderElementsOf(emptyWhenInTheFiles(ruleSet))
                .contains("Thresholds: arobases", "Edition " + year);
    }

    @Test
    void aRuleOnAnyObjectOrOnNothingAtAllIsConditional(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        Files.writeString(dir.resolve("extra.drl"), """
                package fr.label.rules;

                rule "Any object"
                when
                    Object()
                then
                end

                rule "No dossier"
                when
                    not fr.label.dossier.Dossier()
                then
                end
                """);
        RuleSet ruleSet = (RuleSet) LabelRules.compile(dir);

        assertThat(ruleSet.unconditionalRules()).containsExactlyInAnyOrderElementsOf(emptyWhenInTheFiles(ruleSet))
                .doesNotContain("Any object", "No dossier").contains("Thresholds: arobases");
    }
}
