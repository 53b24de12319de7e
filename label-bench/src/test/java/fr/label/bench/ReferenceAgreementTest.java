package fr.label.bench;

import fr.label.LabelEngine;
import fr.label.Threshold;
import fr.label.dossier.Action;
import fr.label.dossier.Candidatures;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.examples.ExampleEditions;
import fr.label.result.ActionResult;
import fr.label.result.ExcellenceStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules and the reference evaluator (docs/method.md in plain Java) decide the same on every
 * example edition and on a generated corpus built to sit on the method's boundaries: levels,
 * measures, mosaïque, each action's eligibility and reason, next level and unmet conditions,
 * mentions eligible and awarded within the caps, excellence status and validity, and the
 * palmarès figures.
 */
@Tag("exhaustive") // run once per CI, on JDK 17: what it checks does not depend on the Java version
class ReferenceAgreementTest {

    /** Generated dossiers per edition: 5 × 440 = 2,200, about 70 % of them on a boundary. */
    private static final int GENERATED_PER_EDITION = 440;
    private static final Map<Integer, Corpus> CORPORA = new ConcurrentHashMap<>();

    /** A generated edition, what the rules decided and what the reference decided. */
    private record Corpus(List<Dossier> dossiers, EditionOutcome engine, EditionOutcome reference) {
    }

    static List<Integer> editions() {
        return ReferenceMethod.editions();
    }

    private static Corpus corpus(int edition) {
        return CORPORA.computeIfAbsent(edition, year -> {
            // Realistic dossiers kept small (0 to 60 actions) so that the corpus runs in seconds;
            // boundary dossiers have the sizes their thresholds need.
            List<Dossier> dossiers = new ArrayList<>(SyntheticEditions.of(year).dossiers(GENERATED_PER_EDITION)
                    .seed(1_000L + year).actions(0, 60).boundaryShare(0.7).build().list());
            // A collectivité filing twice: the later dossier is left out, and competes for nothing.
            dossiers.add(dossiers.get(17));
            EditionOutcome engine = EditionOutcome.of(LabelEngine.forEdition(year).evaluateEdition(dossiers));
            EditionOutcome reference = ReferenceEvaluator.forEdition(year).evaluateEdition(dossiers);
            return new Corpus(dossiers, engine, reference);
        });
    }

    @ParameterizedTest(name = "example edition {0}")
    @MethodSource("editions")
    void rulesAndReferenceDecideTheSameOnTheExampleEdition(int year) {
        Candidatures candidatures = ExampleEditions.read(year);

        EditionOutcome engine = EditionOutcome.of(LabelEngine.forEdition(year).evaluateEdition(candidatures));
        EditionOutcome reference = ReferenceEvaluator.forEdition(year).evaluateEdition(candidatures.dossiers());

        assertThat(reference.differencesFrom(engine, 5)).as("reference (expected) vs rules (found)").isEmpty();
        assertThat(engine).isEqualTo(reference);
    }

    @ParameterizedTest(name = "generated edition {0}")
    @MethodSource("editions")
    void rulesAndReferenceDecideTheSameOnGeneratedDossiers(int year) {
        Corpus corpus = corpus(year);

        assertThat(corpus.reference().differencesFrom(corpus.engine(), 5)).as("reference (expected) vs rules (found)")
                .isEmpty();
        assertThat(corpus.engine()).isEqualTo(corpus.reference());
        assertThat(corpus.engine().rejectedIndexes()).containsExactly(GENERATED_PER_EDITION);
    }

    @Test
    void rulesAndReferenceDecideTheSameOnEachDossierEvaluatedAlone() {
        // Alone, a dossier competes with no one: every mention it is eligible for is awarded.
        int year = 2023;
        LabelEngine engine = LabelEngine.forEdition(year);
        ReferenceEvaluator reference = ReferenceEvaluator.forEdition(year);
        List<Dossier> dossiers = corpus(year).dossiers().subList(0, 120);
        for (Dossier dossier : dossiers) {
            Outcome expected = reference.evaluate(dossier);
            assertThat(expected.differencesFrom(Outcome.of(engine.evaluate(dossier)))).as(dossier.code()).isEmpty();
            assertThat(expected.mentions()).isEqualTo(expected.mentionsEligible());
        }
    }

    @Test
    void generatedCorpusHoldsMoreThanTwoThousandDossiersOfEveryTypeAndEdition() {
        int total = 0;
        for (int year : editions()) {
            List<Outcome> results = corpus(year).reference().results();
            total += results.size();
            assertThat(results).extracting(Outcome::type).as("types in %s", year)
                    .contains(CollectiviteType.values());
        }
        assertThat(total).isGreaterThanOrEqualTo(2_000);
    }

    @Test
    void generatedCorpusSitsOnAndJustBelowEveryThresholdOfTheTable() {
        List<Outcome> all = new ArrayList<>();
        editions().forEach(year -> all.addAll(corpus(year).reference().results()));
        List<String> missing = new ArrayList<>();
        for (Threshold line : ReferenceMethod.of(2023).thresholds()) {
            boolean on = all.stream().anyMatch(o -> o.type() == line.type() && o.arobases() >= line.level()
                    && o.measures().get(line.measure()) == line.minimum());
            boolean justBelow = all.stream().anyMatch(o -> o.type() == line.type()
                    && Integer.valueOf(line.level()).equals(o.nextLevel())
                    && o.unmet().contains(new Outcome.Unmet(line.measure(), line.minimum() - 1, line.minimum())));
            if (!on || !justBelow) {
                missing.add(line + (on ? "" : " (none on it)") + (justBelow ? "" : " (none just below)"));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void generatedCorpusHasEveryReasonDateBoundaryMentionCaseAndExcellenceStatus() {
        for (int year : editions()) {
            Corpus corpus = corpus(year);
            ReferenceMethod method = ReferenceMethod.of(year);
            LocalDate jury = method.juryDate();
            LocalDate oldestEnd = jury.minusYears(method.windowYears());
            List<Outcome> results = corpus.reference().results();
            List<Dossier> dossiers = corpus.dossiers();
            for (String reason : List.of(ActionResult.DUPLICATE, ActionResult.UNKNOWN_SERVICE,
                    ActionResult.NOT_STARTED, ActionResult.TOO_OLD)) {
                assertThat(results).as("%s %s", year, reason)
                        .anySatisfy(o -> assertThat(o.actions()).extracting(Outcome.ActionOutcome::reason)
                                .contains(reason));
            }
            assertThat(results).as("%s: unknown codes beside known ones", year).anySatisfy(o ->
                    assertThat(o.actions()).anyMatch(a -> a.eligible() && !a.unknownServices().isEmpty()));
            assertThat(hasActionOn(dossiers, results, a -> jury.equals(a.start()), true))
                    .as("%s: an action starting on the jury date counts", year).isTrue();
            assertThat(hasActionOn(dossiers, results, a -> jury.plusDays(1).equals(a.start()), false))
                    .as("%s: an action starting the day after does not", year).isTrue();
            assertThat(hasActionOn(dossiers, results, a -> oldestEnd.equals(a.end()), true))
                    .as("%s: an action ending two years before the jury date counts", year).isTrue();
            assertThat(hasActionOn(dossiers, results, a -> oldestEnd.minusDays(1).equals(a.end()), false))
                    .as("%s: an action ending the day before does not", year).isTrue();
            for (ReferenceMethod.MentionRule mention : method.catalogue()) {
                long eligible = results.stream().filter(o -> o.mentionsEligible().contains(mention.code())).count();
                assertThat(eligible).as("%s %s: more eligible than the cap", year, mention.code())
                        .isGreaterThan(mention.cap() == null ? 0 : mention.cap());
                String enjeu = mention.enjeu();
                // At 3@ or more, an enjeu with exactly the required actions, and one with one fewer.
                assertThat(results).as("%s %s: on the actions figure", year, enjeu).anyMatch(o -> o.arobases() >= 3
                        && tileActions(o, enjeu) == method.mentionMinEnjeuActions());
                assertThat(results).as("%s %s: just below the actions figure", year, enjeu).anyMatch(o ->
                        o.arobases() >= 3 && tileActions(o, enjeu) == method.mentionMinEnjeuActions() - 1);
                assertThat(results).as("%s %s: enough actions but none innovative", year, enjeu).anyMatch(o ->
                        o.arobases() >= 3 && tileActions(o, enjeu) >= 3
                                && !o.mentionsEligible().contains(mention.code()));
            }
            if (method.excellenceExists()) {
                assertThat(results).extracting(Outcome::excellence).as("%s excellence", year)
                        .contains(ExcellenceStatus.NONE, ExcellenceStatus.AWARDED, ExcellenceStatus.HOLDER);
                assertThat(results).as("%s: held until this edition", year)
                        .anyMatch(o -> o.excellence() == ExcellenceStatus.HOLDER && o.validUntil() == year);
            }
        }
    }

    private static int tileActions(Outcome outcome, String enjeu) {
        return outcome.mosaique().stream().filter(t -> t.enjeu().equals(enjeu)).findFirst().orElseThrow().actions();
    }

    /** Whether some action matching the test was decided eligible (or not), as expected. */
    private static boolean hasActionOn(List<Dossier> dossiers, List<Outcome> results,
                                       Predicate<Action> test, boolean eligible) {
        for (int d = 0; d < results.size(); d++) {
            List<Action> actions = dossiers.get(d).actions();
            for (int a = 0; a < actions.size(); a++) {
                Outcome.ActionOutcome decided = results.get(d).actions().get(a);
                if (test.test(actions.get(a)) && decided.eligible() == eligible
                        && (eligible || decided.reason().equals(ActionResult.NOT_STARTED)
                        || decided.reason().equals(ActionResult.TOO_OLD))) {
                    return true;
                }
            }
        }
        return false;
    }
}
