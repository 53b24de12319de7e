package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.RuleSetException;
import fr.label.dossier.Dossier;
import fr.label.rules.engine.ShippedRuleSets;
import fr.label.spi.EngineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Rule files are code: a rule that loops or eats the memory is stopped and named, as a rule set problem. */
class RunawayRulesTest {

    /** The 2023 rules plus one file holding this rule. */
    private static Path rulesWith(Path dir, String rule) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Files.writeString(dir.resolve("runaway.drl"), """
                package fr.label.rules;

                import fr.label.rules.facts.*;

                """ + rule);
        return dir;
    }

    private static Dossier villeWithActions(String code) {
        return Dossiers.dossier(2023, VILLE, code).profile(35, 10, 2, 4, true).build();
    }

    @Test
    void aRuleThatUpdatesItsOwnFactForeverIsStoppedAtTheLimitAndNamed(@TempDir Path dir) throws IOException {
        Path rules = rulesWith(dir, """
                rule "Loop: an action touched again and again"
                when
                    $action : FiledAction()
                then
                    update($action);
                end
                """);
        LabelEngine engine = LabelEngine.builder().edition(2023).rules(rules).maxFirings(2_000).build();

        assertThatThrownBy(() -> engine.evaluate(villeWithActions("99X01")))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.file()).startsWith(dir.toString());
                        assertThat(problem.line()).isPositive();
                        assertThat(problem.message(Language.EN))
                                .startsWith("the rules went past the limit of 2,000 firings per dossier on the dossier "
                                        + "99X01: they most likely loop. Rule \"")
                                .contains("Rules that fired and change a fact: \"Loop: an action touched again and "
                                        + "again\" (" + dir.resolve("runaway.drl") + ":5).");
                        assertThat(problem.message()).startsWith("les règles ont dépassé la limite de 2\u00a0000 "
                                + "déclenchements par dossier sur le dossier 99X01 : elles bouclent sans doute.");
                    });
                });
    }

    @Test
    void theMentionsDeliberationGetsTheLimitOncePerCandidate(@TempDir Path dir) throws IOException {
        Path rules = rulesWith(dir, """
                rule "Loop: a candidate touched again and again"
                when
                    Deliberation()
                    $candidate : MentionCandidate()
                then
                    update($candidate);
                end
                """);
        LabelEngine engine = LabelEngine.builder().edition(2023).rules(rules).maxFirings(500).build();
        Dossier candidate = Dossiers.dossier(2023, VILLE, "99X02").profile(35, 10, 2, 4, true)
                .innovativeActionsIn("EDUCATION", 3).build();

        assertThatThrownBy(() -> engine.evaluateEdition(List.of(candidate)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems().get(0).message(Language.EN))
                        .startsWith("the rules went past the limit of 500 firings per dossier during the mentions' "
                                + "deliberation: they most likely loop."));
    }

    @Test
    void theLimitCountsTheFiringsOfOneDossierAndTheDefaultIsGenerous() {
        Dossier big = Dossiers.dossier(2023, VILLE, "99X03").profile(1_000, 13, 6, 4, true).build();

        assertThat(LabelEngine.builder().edition(2023).build().evaluate(big).arobases()).isEqualTo(5);
        assertThat(EngineSettings.DEFAULT_MAX_FIRINGS).isEqualTo(100_000);
        assertThatThrownBy(() -> LabelEngine.builder().edition(2023).maxFirings(500).build().evaluate(big))
                .isInstanceOf(RuleSetException.class);
        assertThatThrownBy(() -> LabelEngine.builder().edition(2023).maxFirings(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleThatRunsOutOfMemoryIsARuleSetProblemNamingTheDossier(@TempDir Path dir) throws IOException {
        // Asks for more than the heap holds at once: the memory runs out at the first firing, as it
        // would, later, under a rule inserting facts without end.
        assumeTrue(Runtime.getRuntime().maxMemory() < 8L * (Integer.MAX_VALUE - 8), "a heap smaller than 16 GB");
        Path rules = rulesWith(dir, """
                rule "Hog: more memory than there is"
                when
                    FiledAction( position == 0 )
                then
                    long[] hog = new long[Integer.MAX_VALUE - 8];
                    insert(hog);
                end
                """);
        LabelEngine engine = LabelEngine.builder().edition(2023).rules(rules).build();

        assertThatThrownBy(() -> engine.evaluate(villeWithActions("99X04")))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems().get(0).message(Language.EN))
                        .isEqualTo("memory ran out on the dossier 99X04: a rule most likely inserts facts without end. "
                                + "If the rules are sound, give Java more memory (the -Xmx option)"));
        assertThat(engine.evaluate(Dossiers.dossier(2023, VILLE, "99X05").build()).arobases())
                .as("the engine still evaluates a dossier the rule leaves alone").isEqualTo(1);
    }
}
