package fr.label.referentiel;

import fr.label.dossier.InvalidInputException;
import fr.label.json.ReferentielJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferentielTest {

    private final Referentiel shipped = Referentiel.defaultReferentiel();

    @Test
    void theShippedReferentielHas139ServicesIn16EnjeuxIn4Categories() {
        assertThat(shipped.services()).hasSize(139);
        assertThat(shipped.enjeux()).hasSize(16);
        assertThat(shipped.categories()).extracting(Categorie::code).containsExactly(
                "DEMOCRATIE_SERVICES_PUBLICS", "VIVRE_ENSEMBLE", "PARTAGE_CONNAISSANCES", "CREATION_RICHESSES");
        for (Categorie categorie : shipped.categories()) {
            assertThat(shipped.enjeuxOf(categorie)).hasSize(4);
        }
        for (Enjeu enjeu : shipped.enjeux()) {
            assertThat(shipped.servicesOf(enjeu)).as(enjeu.code()).hasSizeBetween(7, 10);
        }
    }

    @Test
    void theEnjeuxAreThoseOfTheMethodInTheirCategories() {
        assertThat(shipped.enjeuxOf(shipped.categorie("VIVRE_ENSEMBLE"))).extracting(Enjeu::code)
                .containsExactly("COHESION_SOCIALE", "SOLIDARITES", "VIE_ASSOCIATIVE", "MEDIATION");
        assertThat(shipped.enjeu("TRANSITION_ECOLOGIQUE").categorie()).isEqualTo("CREATION_RICHESSES");
        assertThat(shipped.enjeu("DEMOCRATIE_LOCALE").label()).isEqualTo("Démocratie locale");
    }

    @Test
    void serviceCodesAreStableReadableSlugs() {
        assertThat(shipped.services()).allSatisfy(service -> {
            assertThat(service.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(service.label()).isNotBlank();
        });
        assertThat(shipped.service("portail-famille")).isPresent();
    }

    @Test
    void aReferentielWrittenOutReadsBackTheSame(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ref.json");
        Files.writeString(file, ReferentielJson.toJson(shipped));

        Referentiel copy = Referentiel.read(file);

        assertThat(copy.services()).isEqualTo(shipped.services());
        assertThat(copy.enjeux()).isEqualTo(shipped.enjeux());
    }

    @Test
    void aReferentielFileWithProblemsNamesThem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"name": "x", "categories": [{"code": "C", "label": "c", "labelEn": "c", "enjeux": [
                  {"code": "E", "label": "e", "labelEn": "e", "services": [
                    {"code": "s", "label": "s", "labelEn": "s"}, {"code": "s", "label": "t", "labelEn": "t"},
                    {"code": "u", "labelEn": "u"}]}]}]}
                """);

        assertThatThrownBy(() -> Referentiel.read(file)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).contains(
                        file + ": categories[0].enjeux[0].services[2].label: expected a string, found nothing"));
    }

    @Test
    void duplicateServiceCodesAreRefused() {
        Categorie c = new Categorie("C", "c", "c");
        Enjeu e = new Enjeu("E", "e", "e", "C");
        assertThatThrownBy(() -> new Referentiel("x", List.of(c), List.of(e),
                List.of(new Service("s", "s", "s", "E"), new Service("s", "t", "t", "E"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"s\" twice");
    }
}
