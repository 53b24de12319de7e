package fr.label.rules;

import fr.label.FigureRule;
import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.RuleCheck;
import fr.label.RuleFile;
import fr.label.RuleSetDescription;
import fr.label.RuleSetException;
import fr.label.UnknownEditionException;
import fr.label.dossier.Dossier;
import fr.label.dossier.InvalidInputException;
import fr.label.json.LabelJson;
import fr.label.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule sets through the public API, with no engine class named: what the command line uses. */
class LabelRulesTest {

    @Test
    void theShippedRuleSetDescribesItsEdition() {
        RuleSetDescription rules = LabelRules.shipped(2023);

        assertThat(rules.edition()).isEqualTo(2023);
        assertThat(rules.juryDate()).isEqualTo(LocalDate.of(2022, 12, 1));
        assertThat(rules.files()).extracting(RuleFile::name).contains("common/levels.drl", "edition-2023/edition.drl");
        assertThat(rules.rules()).isEqualTo(LabelEngine.forEdition(2023).rules());
        assertThat(rules.thresholds()).isEqualTo(LabelEngine.forEdition(2023).thresholds());
        assertThat(rules.catalogue()).isEqualTo(LabelEngine.forEdition(2023).catalogue());
        assertThat(rules.figureRules()).extracting(FigureRule::name).contains("Thresholds: arobases");
        assertThat(rules.figureRules()).allSatisfy(rule -> assertThat(rule.source()).startsWith("rule \"" + rule.name()));
        assertThat(LabelRules.editions()).isEqualTo(LabelEngine.editions());
    }

    @Test
    void anExportedEditionCompiledOnceBuildsEnginesThatDecideAsTheShippedOne(@TempDir Path dir) {
        List<Path> written = LabelRules.export(2023, dir);
        RuleSetDescription compiled = LabelRules.compile(dir);
        Dossier dossier = Dossiers.withMeasures(2023, VILLE, 35, 10, 0, 4, true);

        assertThat(written).extracting(path -> path.getFileName().toString())
                .containsExactlyElementsOf(LabelRules.files(2023).stream().map(RuleFile::fileName).toList());
        assertThat(compiled.name()).isEqualTo(dir.toString());
        assertThat(compiled.thresholds()).isEqualTo(LabelRules.shipped(2023).thresholds());
        Result one = LabelEngine.builder().edition(2023).rules(compiled).threads(1).build().evaluate(dossier);
        Result two = LabelEngine.builder().edition(2023).rules(compiled).threads(2).build().evaluate(dossier);
        assertThat(one).isEqualTo(two).isEqualTo(LabelEngine.forEdition(2023).evaluate(dossier));
    }

    @Test
    void rulesCompiledForAnEditionBuildNoEngineOfAnother(@TempDir Path dir) {
        LabelRules.export(2023, dir);
        RuleSetDescription compiled = LabelRules.compile(dir);

        assertThatThrownBy(() -> LabelEngine.builder().edition(2022).rules(compiled).build())
                .isInstanceOf(RuleSetException.class).hasMessageContaining("ces règles sont celles de l'édition 2023, pas de 2022");
    }

    @Test
    void aCheckReportsErrorsWithTheirFileAndLineWithoutThrowing(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        Files.writeString(levels, Files.readString(levels).replaceFirst("then", "then\n        undefinedCall();"));

        RuleCheck check = LabelRules.check(dir);

        assertThat(check.ok()).isFalse();
        assertThat(check.ruleSet()).isNull();
        assertThat(check.errors()).isNotEmpty()
                .allSatisfy(error -> assertThat(error.file()).isEqualTo(levels.toString()));
        assertThatThrownBy(() -> LabelRules.compile(dir)).isInstanceOf(RuleSetException.class);
    }

    @Test
    void aCheckOfTheShippedRulesFindsNothingWrong(@TempDir Path dir) {
        LabelRules.export(2022, dir);

        RuleCheck check = LabelRules.check(dir);

        assertThat(check.ok()).isTrue();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.ruleSet().edition()).isEqualTo(2022);
        assertThat(check.files()).hasSameSizeAs(LabelRules.files(2022));
    }

    @Test
    void anUnknownEditionListsTheKnownOnes() {
        assertThatThrownBy(() -> LabelRules.files(1999)).isInstanceOf(UnknownEditionException.class)
                .hasMessageContaining("known editions: " + LabelRules.editions());
        assertThatThrownBy(() -> LabelRules.shipped(1999)).isInstanceOf(UnknownEditionException.class);
    }

    @Test
    void aDossierBuiltByHandIsCheckedWhenEvaluatedAndADossierReadFromJsonIsNotCheckedAgain() {
        Dossier invalid = new Dossier(2023, new fr.label.dossier.Collectivite("", "Nulle-Part",
                fr.label.dossier.CollectiviteType.VILLE, null, null, null), List.of(), List.of());

        assertThatThrownBy(() -> LabelEngine.forEdition(2023).evaluate(invalid))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.path()).isEqualTo("collectivite.code")));
        assertThat(LabelJson.problems(invalid)).hasSize(1);
        Dossier read = LabelJson.readDossier(LabelJson.toJson(Dossiers.withMeasures(2023, VILLE, 5, 3, 0, 1, false)), "d.json");
        assertThat(LabelJson.problems(read)).isEmpty();
        assertThat(LabelEngine.forEdition(2023).evaluate(read).arobases()).isEqualTo(1);
    }
}
