package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.RuleCoverage;
import fr.label.RuleInfo;
import fr.label.result.Palmares;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;

/** What rule authors and testers can read off a rule set: its rules, their files, their firings. */
class RuleSetShapeTest {

    @Test
    void everyShippedRuleSaysWhatItDecides() {
        for (int edition : LabelEngine.editions()) {
            assertThat(LabelEngine.forEdition(edition).rules()).as("edition %d", edition)
                    .isNotEmpty().allSatisfy(rule -> assertThat(rule.description()).isNotBlank());
        }
    }

    @Test
    void theThresholdsTableIsReadFromTheRules() {
        assertThat(LabelEngine.forEdition(2023).thresholds()).hasSize(33)
                .contains(new fr.label.Threshold(VILLE, 4, "eligibleActions", 35),
                        new fr.label.Threshold(fr.label.dossier.CollectiviteType.VILLAGE, 5, "strongEnjeux", 3));
    }

    @Test
    void editionFoldersReplaceTheCommonFilesTheyRedefine() {
        List<RuleInfo> rules2020 = LabelEngine.forEdition(2020).rules();
        List<RuleInfo> rules2024 = LabelEngine.forEdition(2024).rules();

        assertThat(rules2020).extracting(RuleInfo::name).doesNotContain("Mention: eligible", "Excellence: awarded")
                .contains("Excellence: not awarded in this edition");
        assertThat(rules2020).filteredOn(r -> r.name().startsWith("Excellence")).extracting(RuleInfo::file)
                .containsOnly("edition-2020/excellence.drl");
        assertThat(rules2024).extracting(RuleInfo::name).contains("Mention awarded: no cap in this edition")
                .doesNotContain("Mention awarded: ranked within the cap");
        assertThat(LabelEngine.forEdition(2023).rules()).extracting(RuleInfo::name)
                .contains("Mention awarded: ranked within the cap").doesNotContain("Mention awarded: no cap in this edition");
    }

    @Test
    void aCoverageListenerCountsEveryFiringAndTellsTheRulesThatNeverFired() {
        RuleCoverage coverage = new RuleCoverage();
        LabelEngine engine = LabelEngine.builder().edition(2023).listener(coverage).threads(2).build();

        Palmares palmares = engine.evaluateEdition(List.of(
                Dossiers.dossier(2023, VILLE, "99X01").profile(20, 7, 0, 4, false).build(),
                Dossiers.dossier(2023, VILLE, "99X02").actionsIn("EDUCATION", 2).build()));

        assertThat(palmares.results()).hasSize(2);
        assertThat(coverage.firings("Action is eligible and still running")).isEqualTo(22);
        assertThat(coverage.firings("Edition 2023")).isEqualTo(2);
        assertThat(coverage.neverFired(engine.rules())).extracting(RuleInfo::name)
                .contains("Excellence: awarded", "Action starts after the jury date")
                .doesNotContain("Arobases: the level below the lowest unmet threshold");
        assertThat(coverage.percent(engine.rules())).isBetween(30.0, 90.0);
    }
}
