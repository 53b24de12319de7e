package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.RuleSetFingerprint;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.ShippedRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static fr.label.dossier.CollectiviteType.VILLAGE;
import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;

/** Every result says which rules made it: the edition, a digest of the rule files' text, the library version. */
class FingerprintTest {

    private final LabelEngine shipped = LabelEngine.forEdition(2023);
    private final Dossier dossier = Dossiers.withMeasures(2023, VILLE, 40, 11, 6, 4, true);

    @Test
    void everyResultAndPalmaresCarriesTheFingerprintOfTheEnginesRules() {
        RuleSetFingerprint rules = shipped.fingerprint();

        assertThat(rules.edition()).isEqualTo(2023);
        assertThat(rules.digest()).matches("sha256:[0-9a-f]{64}");
        assertThat(rules.shortDigest()).hasSize(12).isEqualTo(rules.digest().substring(7, 19));
        assertThat(rules.library()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(shipped.evaluate(dossier).rules()).isEqualTo(rules);
        Palmares palmares = shipped.evaluateEdition(List.of(dossier, Dossiers.dossier(2023, VILLAGE, "99X02").build()));
        assertThat(palmares.rules()).isEqualTo(rules);
        assertThat(palmares.results()).extracting(Result::rules).containsOnly(rules);
        List<Result> streamed = new ArrayList<>();
        Palmares figures = shipped.evaluateEdition(List.of(dossier).iterator(), streamed::add);
        assertThat(figures.rules()).isEqualTo(rules);
        assertThat(streamed).extracting(Result::rules).containsOnly(rules);
    }

    @Test
    void theResultJsonCarriesItAndThePalmaresJsonOnce() {
        RuleSetFingerprint rules = shipped.fingerprint();
        String fingerprint = "\"rules\" : {\n    \"edition\" : 2023,\n    \"digest\" : \"" + rules.digest()
                + "\",\n    \"library\" : \"" + rules.library() + "\"\n  }\n}";

        assertThat(LabelJson.toJson(shipped.evaluate(dossier), Language.FR)).endsWith(fingerprint);
        String palmares = LabelJson.toJson(shipped.evaluateEdition(List.of(dossier)), Language.EN);
        assertThat(palmares).endsWith(fingerprint.substring(0, fingerprint.length() - 2) + ",\n  \"complete\" : true\n}");
        assertThat(palmares.split("\"digest\"", -1)).hasSize(2);
    }

    @Test
    void itComesFromTheRuleFilesTextNotFromHowTheyWereCompiledNorWhereTheyLie(@TempDir Path dir) {
        Path exported = dir.resolve("somewhere").resolve("my-rules");
        ShippedRuleSets.export(2023, exported);

        RuleSetFingerprint fromFiles = RuleSet.compile("files", ShippedRuleSets.files(2023)).fingerprint();
        RuleSetFingerprint fromCopy = LabelEngine.builder().edition(2023).rules(exported).build().fingerprint();

        assertThat(fromFiles).isEqualTo(shipped.fingerprint()); // the shipped rules run precompiled
        assertThat(fromCopy).isEqualTo(shipped.fingerprint());
    }

    @Test
    void changingOneCharacterOfARuleFileChangesIt(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("my-rules");
        ShippedRuleSets.export(2023, copy);
        Path thresholds = copy.resolve("thresholds.drl");
        String text = Files.readString(thresholds);
        int comment = text.indexOf("//") + 3; // one letter of a comment: the rules decide the same
        char changed = text.charAt(comment) == 'x' ? 'y' : 'x';
        Files.writeString(thresholds, text.substring(0, comment) + changed + text.substring(comment + 1));

        LabelEngine edited = LabelEngine.builder().edition(2023).rules(copy).build();

        assertThat(edited.fingerprint().digest()).isNotEqualTo(shipped.fingerprint().digest());
        assertThat(edited.fingerprint().edition()).isEqualTo(2023);
        assertThat(edited.evaluate(dossier).arobases()).isEqualTo(shipped.evaluate(dossier).arobases());
        assertThat(edited.evaluate(dossier).rules()).isEqualTo(edited.fingerprint());
    }

    @Test
    void windowsLineEndsGiveTheSameFingerprint(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("crlf");
        ShippedRuleSets.export(2023, copy);
        RuleCopies.eachFile(copy, (name, text) -> text.replace("\n", "\r\n"));

        assertThat(LabelEngine.builder().edition(2023).rules(copy).build().fingerprint())
                .isEqualTo(shipped.fingerprint());
    }
}
