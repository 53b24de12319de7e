package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.Dossier;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.result.Palmares;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.label.dossier.CollectiviteType.VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks a dossier built in Java gets, and what an edition does with invalid ones. */
class EngineApiTest {

    private final LabelEngine engine = LabelEngine.forEdition(2023);

    @Test
    void aDossierOfAnotherEditionIsRefused() {
        Dossier of2022 = Dossiers.dossier(2022, VILLAGE).build();

        assertThatThrownBy(() -> engine.evaluate(of2022)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InputProblem::toString)
                        .containsExactly("edition: expected the engine's edition, 2023, found 2022"));
    }

    @Test
    void aDossierBuiltInJavaGetsTheChecksOfTheJsonFormat() {
        // The records' constructors, which check only that nothing is missing (the builders check the rest).
        Action backwards = new Action("a", "a", List.of("e-demarches"),
                LocalDate.of(2022, 5, 1), LocalDate.of(2022, 4, 1), false);
        Dossier dossier = new Dossier(2023, new Collectivite(" ", "Bourg-Exemple", VILLAGE, null, null, null),
                List.of(backwards), List.of(new fr.label.dossier.HistoryEntry(2024, 3, false)));

        assertThatThrownBy(() -> engine.evaluate(dossier)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InputProblem::path)
                        .containsExactly("collectivite.code", "actions[0].end", "history[0].edition"));
    }

    @Test
    void anEditionKeepsEveryValidDossierAndReportsTheOthers() {
        Dossier valid = Dossiers.dossier(2023, VILLAGE, "99X01").actionsIn("EDUCATION", 2).build();
        Dossier sameCode = Dossiers.dossier(2023, VILLAGE, "99X01").build();
        Dossier negative = new Dossier(2023, new Collectivite("99X03", "Village-Essai", VILLAGE, -1, null, null),
                List.of(), List.of());
        Dossier alsoValid = Dossiers.dossier(2023, VILLAGE, "99X04").build();

        Palmares palmares = engine.evaluateEdition(List.of(valid, sameCode, negative, alsoValid));

        assertThat(palmares.results()).extracting(r -> r.code()).containsExactly("99X01", "99X04");
        assertThat(palmares.rejections()).extracting(r -> r.index()).containsExactly(1, 2);
        assertThat(palmares.summary().rejected()).isEqualTo(2);
        assertThat(palmares.summary().participants()).isEqualTo(2);
        assertThat(palmares.summary().actionsFiled()).isEqualTo(2);
    }

    @Test
    void theEngineOfAnEditionIsBuiltOnceAndSharedAcrossCalls() {
        assertThat(LabelEngine.forEdition(2023)).isSameAs(engine);
        assertThat(LabelEngine.forEdition(2022)).isSameAs(LabelEngine.forEdition(2022)).isNotSameAs(engine);
        assertThat(engine.edition()).isEqualTo(2023);
        assertThat(LabelEngine.editions()).containsExactly(2020, 2021, 2022, 2023, 2024);
    }
}
