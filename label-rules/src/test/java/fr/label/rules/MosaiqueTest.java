package fr.label.rules;

import fr.label.result.EnjeuCoverage;
import fr.label.result.Result;
import org.junit.jupiter.api.Test;

import static fr.label.dossier.CollectiviteType.VILLAGE;
import static fr.label.rules.Dossiers.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class MosaiqueTest {

    @Test
    void oneEligibleActionCoversAnEnjeuAndTwoDistinctServicesMakeItStrong() {
        Result oneService = evaluate(Dossiers.dossier(2023, VILLAGE).actionsIn("EDUCATION", 3, 1).build());
        Result twoServices = evaluate(Dossiers.dossier(2023, VILLAGE).actionsIn("EDUCATION", 2, 2).build());

        EnjeuCoverage single = oneService.tile("EDUCATION").orElseThrow();
        assertThat(single.actions()).isEqualTo(3);
        assertThat(single.services()).isEqualTo(1);
        assertThat(single.covered()).isTrue();
        assertThat(single.strong()).isFalse();
        EnjeuCoverage strong = twoServices.tile("EDUCATION").orElseThrow();
        assertThat(strong.services()).isEqualTo(2);
        assertThat(strong.strong()).isTrue();
        assertThat(twoServices.strongEnjeux()).isEqualTo(1);
    }

    @Test
    void theMosaiqueHasATilePerEnjeuInReferentielOrder() {
        Result result = evaluate(Dossiers.dossier(2023, VILLAGE).build());

        assertThat(result.mosaique()).hasSize(16);
        assertThat(result.mosaique().get(0).enjeu().code()).isEqualTo("SERVICES_PUBLICS");
        assertThat(result.mosaique()).noneMatch(EnjeuCoverage::covered);
    }

    @Test
    void anActionInTwoEnjeuxCountsInBothAndCoversTheirCategories() {
        Result result = evaluate(Dossiers.dossier(2023, VILLAGE)
                .action(fr.label.dossier.Action.builder("a").services("budget-participatif", "open-data")
                        .start(java.time.LocalDate.of(2022, 1, 1)).build())
                .build());

        assertThat(result.coveredEnjeux()).isEqualTo(2);
        assertThat(result.eligibleActions()).isEqualTo(1);
        assertThat(result.measures()).containsEntry("democratieLocaleCovered", 1);
    }
}
