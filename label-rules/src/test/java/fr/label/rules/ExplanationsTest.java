package fr.label.rules;

import fr.label.Language;
import fr.label.dossier.Action;
import fr.label.dossier.Dossier;
import fr.label.result.Explanation;
import fr.label.result.Result;
import fr.label.result.Topic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.label.dossier.CollectiviteType.VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

class ExplanationsTest {

    private final Result result = Dossiers.evaluate(Dossiers.withMeasures(2023, VILLAGE, 12, 6, 1, 4, true));

    @Test
    void everyDecisionIsExplainedByTheRuleThatMadeIt() {
        assertThat(result.arobases()).isEqualTo(3);
        assertThat(result.explanationsOf(Topic.ACTION)).hasSize(result.actions().size());
        assertThat(result.explanationsOf(Topic.AROBASES)).singleElement()
                .extracting(Explanation::rule).isEqualTo("Arobases: the level below the lowest unmet threshold");
        assertThat(result.explanationsOf(Topic.MENTION)).hasSize(4);
        assertThat(result.explanationsOf(Topic.EXCELLENCE)).hasSize(1);
        assertThat(result.explanationsOf(Topic.NEXT_LEVEL)).hasSize(result.nextLevel().unmet().size());
    }

    @Test
    void theLevelExplanationGivesTheValuesItUsedInFrenchAndInEnglish() {
        Explanation why = result.explanationsOf(Topic.AROBASES).get(0);

        assertThat(why.message()).isEqualTo(
                "3@ : conditions remplies jusqu'à 3@ ; pour 4@ il manque : actions éligibles : 12 sur 18, enjeux couverts : 6 sur 8.");
        assertThat(why.message(Language.EN)).isEqualTo(
                "3@: conditions met up to 3@; 4@ still needs: covered enjeux: 6 of 8, eligible actions: 12 of 18.");
    }

    @Test
    void theNextLevelListsEachUnmetConditionWithActualAndRequiredValues() {
        assertThat(result.nextLevel().arobases()).isEqualTo(4);
        assertThat(result.nextLevel().unmet()).extracting("measure", "actual", "required").containsExactly(
                org.assertj.core.groups.Tuple.tuple("coveredEnjeux", 6, 8),
                org.assertj.core.groups.Tuple.tuple("eligibleActions", 12, 18));
        assertThat(result.nextLevel().uncoveredEnjeux()).hasSize(10);
    }

    @Test
    void actionExplanationsFollowTheDossierOrder() {
        assertThat(result.explanationsOf(Topic.ACTION)).extracting(Explanation::subject)
                .containsExactlyElementsOf(result.actions().stream().map(a -> a.id()).toList());
    }

    @Test
    void actionExplanationsFollowTheDossierOrderWhenTheJuryAddsItsOwn() {
        // A mention candidate (the jury explains its award) whose action ids sort the other way
        // round: the dossier's order is its actions' positions, never their ids.
        Dossier sketched = Dossiers.dossier(2023, VILLAGE).profile(12, 6, 1, 4, true)
                .innovativeActionsIn("EDUCATION", 3).build();
        List<Action> renamed = new ArrayList<>();
        for (int i = 0; i < sketched.actions().size(); i++) {
            Action action = sketched.actions().get(i);
            renamed.add(new Action(String.format("z-%03d", 999 - i), action.title(), action.services(),
                    action.start(), action.end(), action.innovative()));
        }
        Result candidate = Dossiers.evaluate(new Dossier(2023, sketched.collectivite(), renamed, sketched.history()));

        assertThat(candidate.mentions()).isNotEmpty();
        assertThat(candidate.explanationsOf(Topic.ACTION)).extracting(Explanation::subject)
                .containsExactlyElementsOf(renamed.stream().map(Action::id).toList());
        assertThat(candidate.explanations()).extracting(Explanation::topic).isSorted();
    }
}
