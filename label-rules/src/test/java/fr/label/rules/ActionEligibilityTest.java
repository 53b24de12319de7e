package fr.label.rules;

import fr.label.dossier.Action;
import fr.label.dossier.Dossier;
import fr.label.result.ActionResult;
import fr.label.result.Result;
import fr.label.result.Topic;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.label.dossier.CollectiviteType.VILLE;
import static fr.label.rules.Dossiers.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

/** Which actions count, and the first reason one does not (edition 2023: jury on 2022-12-01). */
class ActionEligibilityTest {

    private static final LocalDate JURY = LocalDate.of(2022, 12, 1);

    private static Action.Builder action(String id) {
        return Action.builder(id).title("Action " + id).services("e-demarches").start(LocalDate.of(2021, 3, 1));
    }

    private static Result evaluateActions(Action... actions) {
        Dossier dossier = Dossiers.dossier(2023, VILLE).build();
        return evaluate(new Dossier(2023, dossier.collectivite(), java.util.List.of(actions), java.util.List.of()));
    }

    private static ActionResult only(Result result) {
        assertThat(result.actions()).hasSize(1);
        return result.actions().get(0);
    }

    @Test
    void aRunningActionStartedBeforeTheJuryCounts() {
        ActionResult action = only(evaluateActions(action("a").build()));

        assertThat(action.eligible()).isTrue();
        assertThat(action.reason()).isNull();
    }

    @Test
    void anActionStartingOnTheJuryDateCounts() {
        assertThat(only(evaluateActions(action("a").start(JURY).build())).eligible()).isTrue();
    }

    @Test
    void anActionStartingTheDayAfterTheJuryIsNotStarted() {
        ActionResult action = only(evaluateActions(action("a").start(JURY.plusDays(1)).build()));

        assertThat(action.eligible()).isFalse();
        assertThat(action.reason()).isEqualTo(ActionResult.NOT_STARTED);
    }

    @Test
    void anActionEndedExactlyTwoYearsBeforeTheJuryStillCounts() {
        Action ended = action("a").start(LocalDate.of(2019, 1, 1)).end(LocalDate.of(2020, 12, 1)).build();

        assertThat(only(evaluateActions(ended)).eligible()).isTrue();
    }

    @Test
    void anActionEndedTheDayBeforeIsTooOld() {
        Action ended = action("a").start(LocalDate.of(2019, 1, 1)).end(LocalDate.of(2020, 11, 30)).build();

        ActionResult action = only(evaluateActions(ended));

        assertThat(action.eligible()).isFalse();
        assertThat(action.reason()).isEqualTo(ActionResult.TOO_OLD);
    }

    @Test
    void anActionWithOnlyUnknownServicesDoesNotCount() {
        ActionResult action = only(evaluateActions(action("a").services("no-such-service").build()));

        assertThat(action.reason()).isEqualTo(ActionResult.UNKNOWN_SERVICE);
        assertThat(action.unknownServices()).containsExactly("no-such-service");
    }

    @Test
    void unknownServiceCodesAreWarnedEvenOnAnEligibleAction() {
        Result result = evaluateActions(action("a").services("e-demarches", "no-such-service").build());

        assertThat(only(result).eligible()).isTrue();
        assertThat(only(result).unknownServices()).containsExactly("no-such-service");
        assertThat(result.explanationsOf(Topic.WARNING, "a")).singleElement()
                .satisfies(why -> assertThat(why.message()).contains("no-such-service"));
    }

    @Test
    void aRepeatedIdMakesTheLaterActionADuplicate() {
        Result result = evaluateActions(action("a").build(), action("b").build(), action("a").build());

        assertThat(result.actions()).extracting(ActionResult::reason).containsExactly(null, null, ActionResult.DUPLICATE);
        assertThat(result.eligibleActions()).isEqualTo(2);
    }

    @Test
    void theFirstFailingReasonWinsInTheMethodsOrder() {
        LocalDate tooOldEnd = LocalDate.of(2019, 1, 1);
        Result result = evaluateActions(
                action("dup").build(),
                // duplicate, unknown service, not started and too old at once: duplicate comes first
                action("dup").services("nope").start(JURY.plusDays(1)).end(tooOldEnd.plusYears(5)).build(),
                // unknown service and not started: unknown service comes first
                action("u").services("nope").start(JURY.plusDays(1)).build(),
                // not started, and ended... before it could count: not started comes first
                action("n").start(JURY.plusDays(1)).end(JURY.plusDays(2)).build(),
                action("t").start(LocalDate.of(2017, 1, 1)).end(tooOldEnd).build());

        assertThat(result.actions()).extracting(ActionResult::reason).containsExactly(null,
                ActionResult.DUPLICATE, ActionResult.UNKNOWN_SERVICE, ActionResult.NOT_STARTED, ActionResult.TOO_OLD);
    }

    @Test
    void everyActionDecisionNamesItsRuleAndItsDates() {
        Result result = evaluateActions(action("a").start(JURY.plusDays(1)).build());

        assertThat(result.explanationsOf(Topic.ACTION, "a")).singleElement().satisfies(why -> {
            assertThat(why.rule()).isEqualTo("Action starts after the jury date");
            assertThat(why.message()).contains("2022-12-02", "2022-12-01");
            assertThat(why.message(fr.label.Language.EN)).startsWith("Action not counted");
        });
    }

    @Test
    void ineligibleActionsDoNotFeedTheMosaique() {
        Result result = evaluateActions(action("a").services("budget-participatif").start(JURY.plusDays(1)).build());

        assertThat(result.tile("DEMOCRATIE_LOCALE").orElseThrow().actions()).isZero();
        assertThat(result.coveredEnjeux()).isZero();
    }
}
