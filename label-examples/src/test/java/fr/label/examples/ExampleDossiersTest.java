package fr.label.examples;

import fr.label.LabelEngine;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import fr.label.result.ActionResult;
import fr.label.result.Mention;
import fr.label.result.Result;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first dossiers of examples/, one per collectivité type, that the README's first screen
 * names: each is read and evaluated, and gets what the README says it gets.
 */
class ExampleDossiersTest {

    @Test
    void theVillageGets3ArobasesAndShowsEachReasonAnActionDoesNotCount() {
        Result result = evaluate("dossier-village.json", CollectiviteType.VILLAGE);

        assertThat(result.arobases()).isEqualTo(3);
        assertThat(result.actions()).filteredOn(a -> !a.eligible()).extracting(ActionResult::reason)
                .containsExactly("TOO_OLD", "NOT_STARTED");
    }

    @Test
    void theVilleGets4ArobasesAndTheNumeriqueEducatifMention() {
        Result result = evaluate("dossier-ville.json", CollectiviteType.VILLE);

        assertThat(result.arobases()).isEqualTo(4);
        assertThat(result.mentions()).extracting(Mention::code).containsExactly("NUMERIQUE_EDUCATIF");
    }

    @Test
    void theIntercommunaliteGets2Arobases() {
        Result result = evaluate("dossier-intercommunalite.json", CollectiviteType.INTERCOMMUNALITE);

        assertThat(result.arobases()).isEqualTo(2);
    }

    @Test
    void theReadmeNamesEachExampleDossier() throws IOException {
        String readme = Files.readString(root().resolve("README.md"));

        assertThat(readme).contains("./label evaluate examples/dossier-ville.json",
                "`dossier-village.json` (3@)", "`dossier-ville.json` (4@ and the numérique éducatif mention)",
                "`dossier-intercommunalite.json` (2@)");
    }

    private static Result evaluate(String file, CollectiviteType type) {
        Dossier dossier = LabelJson.readDossier(root().resolve("examples").resolve(file));
        assertThat(dossier.collectivite().type()).isEqualTo(type);
        return LabelEngine.forEdition(dossier.edition()).evaluate(dossier);
    }

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("README.md")) ? here : here.getParent();
    }
}
