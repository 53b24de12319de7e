package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.dossier.Collectivite;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import fr.label.result.Palmares;
import fr.label.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;

/** An edition evaluated as a stream gives the results and figures of the same edition held in memory. */
class StreamedEditionTest {

    /** Twelve dossiers: some eligible for numérique éducatif (cap 3 in 2023), one invalid. */
    private static List<Dossier> dossiers() {
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var sketch = Dossiers.dossier(2023, VILLE, String.format("99X%02d", i)).profile(20 + i, 7, 0, 4, false);
            if (i % 2 == 0) {
                sketch.innovativeActionsIn("EDUCATION", 1 + i % 5);
            }
            dossiers.add(sketch.build());
        }
        dossiers.add(5, new Dossier(2023, Collectivite.ville("99X03", "Doublon"), List.of(), List.of()));
        return dossiers;
    }

    private static Path file(Path dir, List<Dossier> dossiers) throws IOException {
        String json = dossiers.stream().map(LabelJson::toJson).collect(Collectors.joining(",\n"));
        Path file = dir.resolve("edition-2023.json");
        Files.writeString(file, "{\"edition\": 2023, \"dossiers\": [" + json + "]}");
        return file;
    }

    @Test
    void aStreamedFileGivesTheResultsAndFiguresOfTheEditionInMemory(@TempDir Path dir) throws IOException {
        Path file = file(dir, dossiers());
        LabelEngine engine = LabelEngine.forEdition(2023);
        Palmares inMemory = engine.evaluateEdition(LabelJson.readCandidatures(file));
        List<Result> streamed = new ArrayList<>();

        Palmares figures = engine.evaluateEdition(file, streamed::add);

        assertThat(figures.results()).isEmpty();
        assertThat(figures.summary()).isEqualTo(inMemory.summary());
        assertThat(figures.rejections()).isEqualTo(inMemory.rejections()).hasSize(1);
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(inMemory.results());
        assertThat(inMemory.summary().mentionsAwardedInAll()).isEqualTo(3);
    }

    @Test
    void resultsComeInFileOrderAndThoseWaitingForTheMentionAwardsLast(@TempDir Path dir) throws IOException {
        List<Result> order = new ArrayList<>();

        LabelEngine.builder().edition(2023).threads(2).build().evaluateEdition(file(dir, dossiers()), order::add);

        List<String> waiting = order.stream().filter(r -> !r.mentionsEligible().isEmpty()).map(Result::code).toList();
        List<String> notWaiting = order.stream().filter(r -> r.mentionsEligible().isEmpty()).map(Result::code).toList();
        assertThat(waiting).containsExactly("99X02", "99X04", "99X06", "99X08");
        assertThat(order).extracting(Result::code).containsExactlyElementsOf(
                java.util.stream.Stream.concat(notWaiting.stream(), waiting.stream()).toList());
        assertThat(notWaiting).isSorted();
    }

    @Test
    void dossiersStreamedFromCodeAreCheckedLikeAFile() {
        List<Result> streamed = new ArrayList<>();

        Palmares figures = LabelEngine.forEdition(2023).evaluateEdition(dossiers().iterator(), streamed::add);

        assertThat(streamed).hasSize(12);
        assertThat(figures.rejections()).singleElement()
                .satisfies(rejection -> assertThat(rejection.problems().get(0).message()).contains("99X03"));
    }
}
