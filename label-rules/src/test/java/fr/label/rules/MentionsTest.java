package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.dossier.Dossier;
import fr.label.sketch.DossierSketch;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.result.Topic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mention eligibility (3@, 3 eligible actions in the enjeu, 1 innovative), the catalogues of the
 * editions, and the caps with the jury's ranking.
 */
class MentionsTest {

    /** A 3@ ville (A 20, E 7) plus the given actions in EDUCATION, the enjeu of numérique éducatif. */
    private static DossierSketch threeArobasesVille(int edition, String code) {
        return Dossiers.dossier(edition, VILLE, code).profile(20, 7, 0, 4, false);
    }

    private static List<String> codes(List<Mention> mentions) {
        return mentions.stream().map(Mention::code).toList();
    }

    @Test
    void threeArobasesThreeActionsAndOneInnovativeMakeADossierEligibleAndAwardedAlone() {
        Dossier dossier = threeArobasesVille(2023, "99X01").innovativeActionsIn("EDUCATION", 1)
                .actionsIn("EDUCATION", 2).build();

        Result result = Dossiers.evaluate(dossier);

        assertThat(result.arobases()).isEqualTo(3);
        assertThat(codes(result.mentionsEligible())).containsExactly("NUMERIQUE_EDUCATIF");
        assertThat(codes(result.mentions())).containsExactly("NUMERIQUE_EDUCATIF");
        assertThat(result.explanationsOf(Topic.MENTION, "NUMERIQUE_EDUCATIF")).extracting("rule")
                .containsExactly("Mention: eligible", "Mention awarded: ranked within the cap");
    }

    @Test
    void twoActionsInTheEnjeuAreNotEnough() {
        Dossier dossier = Dossiers.dossier(2023, VILLE).profile(20, 7, 0, 4, false)
                .innovativeActionsIn("MEDIATION", 1).actionsIn("MEDIATION", 1).build();

        Result result = Dossiers.evaluate(dossier);

        assertThat(result.tile("MEDIATION").orElseThrow().actions()).isEqualTo(2);
        assertThat(result.mentionsEligible()).isEmpty();
        assertThat(result.explanationsOf(Topic.MENTION, "MEDIATION_NUMERIQUE")).singleElement()
                .extracting("rule").isEqualTo("Mention: not eligible with too few actions in the enjeu");
    }

    @Test
    void withoutAnInnovativeActionThereIsNoMention() {
        Result result = Dossiers.evaluate(threeArobasesVille(2023, "99X01").actionsIn("EDUCATION", 5).build());

        assertThat(result.mentionsEligible()).isEmpty();
        assertThat(result.explanationsOf(Topic.MENTION, "NUMERIQUE_EDUCATIF")).singleElement()
                .extracting("rule").isEqualTo("Mention: not eligible without enough innovative actions in the enjeu");
    }

    @Test
    void twoArobasesAreNotEnoughWhateverTheActions() {
        Dossier dossier = Dossiers.dossier(2023, VILLE).profile(10, 4, 0, 4, false)
                .innovativeActionsIn("TRANSITION_ECOLOGIQUE", 5).build();

        Result result = Dossiers.evaluate(dossier);

        assertThat(result.arobases()).isEqualTo(2);
        assertThat(result.mentionsEligible()).isEmpty();
        assertThat(result.explanationsOf(Topic.MENTION, "AROBASE_VERTE")).singleElement()
                .extracting("rule").isEqualTo("Mention: not eligible below the required level");
    }

    @Test
    void theSameDossierHasNoMentionIn2020TwoKindsIn2021AndFourFrom2022() {
        for (int edition : List.of(2020, 2021, 2023)) {
            Dossier dossier = threeArobasesVille(edition, "99X01")
                    .innovativeActionsIn("DEMOCRATIE_LOCALE", 3).innovativeActionsIn("MEDIATION", 3)
                    .innovativeActionsIn("EDUCATION", 3).innovativeActionsIn("TRANSITION_ECOLOGIQUE", 3).build();
            Result result = Dossiers.evaluate(dossier);
            List<String> expected = switch (edition) {
                case 2020 -> List.of();
                case 2021 -> List.of("DEMOCRATIE_LOCALE", "AROBASE_VERTE");
                default -> List.of("DEMOCRATIE_LOCALE", "MEDIATION_NUMERIQUE", "NUMERIQUE_EDUCATIF", "AROBASE_VERTE");
            };
            assertThat(codes(result.mentions())).as("edition %d", edition).containsExactlyElementsOf(expected);
            assertThat(codes(LabelEngine.forEdition(edition).catalogue())).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theCapsOfEachEditionAreThePublishedOnes() {
        assertThat(LabelEngine.forEdition(2021).catalogue()).hasSize(2);
        assertThat(awardedAmong(2021, "DEMOCRATIE_LOCALE", 10)).isEqualTo(3);
        assertThat(awardedAmong(2021, "TRANSITION_ECOLOGIQUE", 10)).isEqualTo(5);
        assertThat(awardedAmong(2022, "DEMOCRATIE_LOCALE", 12)).isEqualTo(5);
        assertThat(awardedAmong(2022, "MEDIATION", 12)).isEqualTo(3);
        assertThat(awardedAmong(2022, "EDUCATION", 12)).isEqualTo(6);
        assertThat(awardedAmong(2022, "TRANSITION_ECOLOGIQUE", 12)).isEqualTo(9);
        assertThat(awardedAmong(2023, "DEMOCRATIE_LOCALE", 12)).isEqualTo(4);
        assertThat(awardedAmong(2023, "MEDIATION", 12)).isEqualTo(3);
        assertThat(awardedAmong(2023, "EDUCATION", 12)).isEqualTo(3);
        assertThat(awardedAmong(2023, "TRANSITION_ECOLOGIQUE", 12)).isEqualTo(7);
        assertThat(awardedAmong(2024, "EDUCATION", 12)).isEqualTo(12);
    }

    /** How many of {@code candidates} equally eligible dossiers get the mention of this enjeu. */
    private static int awardedAmong(int edition, String enjeu, int candidates) {
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            dossiers.add(threeArobasesVille(edition, String.format("99X%02d", i)).innovativeActionsIn(enjeu, 3).build());
        }
        Palmares palmares = LabelEngine.forEdition(edition).evaluateEdition(dossiers);
        assertThat(palmares.summary().mentionsEligible().values()).contains(candidates);
        return palmares.summary().mentionsAwardedInAll();
    }

    @Test
    void theRankingPrefersInnovationThenActionsThenArobasesThenTheSmallestCode() {
        // Cap of numérique éducatif in 2023: 3. Five eligible, each differing on one criterion.
        Dossier mostInnovative = threeArobasesVille(2023, "99X09").innovativeActionsIn("EDUCATION", 4).build();
        Dossier mostActions = threeArobasesVille(2023, "99X08").innovativeActionsIn("EDUCATION", 3)
                .actionsIn("EDUCATION", 3).build();
        Dossier mostArobases = Dossiers.dossier(2023, VILLE, "99X07").profile(35, 10, 0, 4, true)
                .innovativeActionsIn("EDUCATION", 3).build();
        Dossier smallerCode = threeArobasesVille(2023, "99X01").innovativeActionsIn("EDUCATION", 3).build();
        Dossier largerCode = threeArobasesVille(2023, "99X02").innovativeActionsIn("EDUCATION", 3).build();

        Palmares palmares = LabelEngine.forEdition(2023)
                .evaluateEdition(List.of(largerCode, smallerCode, mostArobases, mostActions, mostInnovative));

        assertThat(palmares.results()).filteredOn(r -> r.hasMention("NUMERIQUE_EDUCATIF"))
                .extracting(Result::code).containsExactlyInAnyOrder("99X09", "99X08", "99X07");
        assertThat(palmares.results()).filteredOn(r -> r.isEligibleFor("NUMERIQUE_EDUCATIF")).hasSize(5);
        Result beyond = palmares.result("99X02").orElseThrow();
        assertThat(beyond.explanationsOf(Topic.MENTION, "NUMERIQUE_EDUCATIF")).last().satisfies(why -> {
            assertThat(why.rule()).isEqualTo("Mention not awarded: ranked beyond the cap");
            assertThat(why.message()).contains("rang 5 sur 5");
        });
    }

    @Test
    void theSmallestCodeBreaksAPerfectTie() {
        List<Dossier> tied = new ArrayList<>();
        for (String code : List.of("99X05", "99X03", "99X04", "99X01", "99X02")) {
            tied.add(threeArobasesVille(2023, code).innovativeActionsIn("EDUCATION", 3).build());
        }

        Palmares palmares = LabelEngine.forEdition(2023).evaluateEdition(tied);

        assertThat(palmares.results()).filteredOn(r -> r.hasMention("NUMERIQUE_EDUCATIF"))
                .extracting(Result::code).containsExactlyInAnyOrder("99X01", "99X02", "99X03");
    }
}
