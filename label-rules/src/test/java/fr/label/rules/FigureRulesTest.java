package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.result.Explanation;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.rules.engine.ShippedRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.label.dossier.CollectiviteType.VILLAGE;
import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules with no condition (the figures) run once per engine and their facts go to every
 * session: what a dossier gets must be what it got when each session fired them.
 */
class FigureRulesTest {

    @Test
    void eachDossierSeesTheThresholdsOfItsOwnTypeWhateverTheOrderOfTheEdition() {
        LabelEngine engine = LabelEngine.builder().edition(2023).threads(2).build();
        // The same profile is 2@ for a ville (4 covered enjeux, 10 actions) and 3@ for a village.
        Palmares palmares = engine.evaluateEdition(List.of(
                Dossiers.dossier(2023, VILLE, "99X01").profile(10, 5, 0, 2, false).build(),
                Dossiers.dossier(2023, VILLAGE, "99X02").profile(10, 5, 0, 2, false).build()));

        assertThat(palmares.results()).extracting(Result::arobases).containsExactly(2, 3);
        assertThat(engine.evaluate(Dossiers.dossier(2023, VILLAGE, "99X03").profile(10, 5, 0, 2, false).build())
                .arobases()).isEqualTo(3);
    }

    @Test
    void aFigureRuleThatExplainsSomethingStillFiresInEverySession(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Files.writeString(dir.resolve("figure-note.drl"), """
                package fr.label.rules;

                import fr.label.result.Topic;
                import fr.label.rules.facts.*;

                global ExplanationLog explanations;

                rule "A figure with a note"
                when
                then
                    explanations.record(drools, Topic.MOSAIQUE, null, "Note.", "Note.");
                end
                """);
        LabelEngine engine = LabelEngine.builder().edition(2023).rules(dir).build();

        Palmares palmares = engine.evaluateEdition(List.of(
                Dossiers.dossier(2023, VILLE, "99X01").profile(10, 5, 0, 2, false).build(),
                Dossiers.dossier(2023, VILLE, "99X02").profile(20, 7, 0, 4, false).build()));

        assertThat(palmares.results()).allSatisfy(result -> assertThat(result.explanations())
                .extracting(Explanation::rule).containsOnlyOnce("A figure with a note"));
    }
}
