package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.RuleSetException;
import fr.label.UnknownEditionException;
import fr.label.dossier.Dossier;
import fr.label.rules.engine.ShippedRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule author's edit to a copy of an edition's rules changes that edition's results only. */
class RuleChangeTest {

    private static final String VILLE_FOUR_ACTIONS =
            "insert(new Threshold(CollectiviteType.VILLE,             4,     \"eligibleActions\",           35));";

    private static Path copyOf2023WithVilleFourAt(Path dir, int actions) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        String text = Files.readString(thresholds);
        assertThat(text).contains(VILLE_FOUR_ACTIONS);
        Files.writeString(thresholds, text.replace(VILLE_FOUR_ACTIONS, VILLE_FOUR_ACTIONS.replace("35", String.valueOf(actions))));
        return dir;
    }

    private static Dossier villeWith35Actions(int edition) {
        return Dossiers.withMeasures(edition, VILLE, 35, 10, 0, 4, true);
    }

    @Test
    void anExportedRuleSetGivesTheSameResultsAsTheShippedOne(@TempDir Path dir) {
        ShippedRuleSets.export(2023, dir);
        LabelEngine copy = LabelEngine.builder().edition(2023).rules(dir).build();
        Dossier dossier = villeWith35Actions(2023);

        assertThat(copy.evaluate(dossier)).isEqualTo(LabelEngine.forEdition(2023).evaluate(dossier));
    }

    @Test
    void raisingAThresholdInACopyOfTheRulesChangesThatEditionAndNoOther(@TempDir Path dir) throws IOException {
        LabelEngine raised = LabelEngine.builder().edition(2023).rules(copyOf2023WithVilleFourAt(dir, 40)).build();

        assertThat(raised.evaluate(villeWith35Actions(2023)).arobases()).isEqualTo(3);
        assertThat(raised.evaluate(villeWith35Actions(2023)).nextLevel().unmet())
                .extracting("measure", "required").containsExactly(org.assertj.core.groups.Tuple.tuple("eligibleActions", 40));
        assertThat(LabelEngine.forEdition(2023).evaluate(villeWith35Actions(2023)).arobases()).isEqualTo(4);
        assertThat(LabelEngine.forEdition(2022).evaluate(villeWith35Actions(2022)).arobases()).isEqualTo(4);
    }

    @Test
    void aTypoIsReportedWithItsFileAndLineAndEnginesBuiltBeforeKeepWorking(@TempDir Path dir) throws IOException {
        LabelEngine before = LabelEngine.builder().edition(2023).rules(copyOf2023WithVilleFourAt(dir, 40)).build();
        Path levels = dir.resolve("levels.drl");
        String text = Files.readString(levels);
        int line = (int) text.lines().takeWhile(l -> !l.contains("$measure : Measure( name == $name )")).count() + 1;
        Files.writeString(levels, text.replace("$measure : Measure( name == $name )", "$measure : Measure( name == $name"));

        assertThatThrownBy(() -> LabelEngine.builder().edition(2023).rules(dir).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).endsWith("levels.drl");
                            assertThat(problem.line()).isBetween(line, line + 2);
                        }));
        assertThat(before.evaluate(villeWith35Actions(2023)).arobases()).isEqualTo(3);
    }

    @Test
    void rulesForAnotherEditionAreRefused(@TempDir Path dir) {
        ShippedRuleSets.export(2022, dir);

        assertThatThrownBy(() -> LabelEngine.builder().edition(2023).rules(dir).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.describe(fr.label.Language.EN))
                        .contains("these rules are for edition 2022, not 2023"));
    }

    @Test
    void anUnknownEditionListsTheKnownOnes() {
        assertThatThrownBy(() -> LabelEngine.forEdition(2019))
                .isInstanceOf(UnknownEditionException.class)
                .hasMessage("unknown edition 2019; known editions: [2020, 2021, 2022, 2023, 2024]");
    }

    @Test
    void anEditionFolderFileReplacesTheCommonFileOfTheSameName() {
        assertThat(ShippedRuleSets.files(2023)).extracting("name").contains(
                "common/eligibility.drl", "common/levels.drl", "common/thresholds.drl", "edition-2023/edition.drl");
        assertThat(ShippedRuleSets.files(2023)).extracting("name").noneMatch(name -> name.toString().contains("2022"));
    }
}
