package fr.label.examples;

import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.dossier.Candidatures;
import fr.label.result.Palmares;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped rule sets run precompiled (Drools' executable model, built with the project); the
 * same files compiled from DRL at start-up must decide exactly the same.
 */
class PrecompiledRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024})
    void thePrecompiledRulesDecideAsTheRuleFilesCompiledAtStartUp(int year, @TempDir Path dir) {
        LabelRules.export(year, dir);
        Candidatures edition = ExampleEditions.read(year);

        Palmares precompiled = LabelEngine.forEdition(year).evaluateEdition(edition);
        Palmares fromFiles = LabelEngine.builder().edition(year).rules(dir).build().evaluateEdition(edition);

        assertThat(precompiled.results()).hasSize(edition.dossiers().size()).isEqualTo(fromFiles.results());
        assertThat(precompiled.summary()).isEqualTo(fromFiles.summary());
    }
}
