package fr.label.rules.engine;

import fr.label.RuleFile;
import fr.label.Language;
import fr.label.referentiel.Referentiel;
import fr.label.result.Result;
import fr.label.rules.RuleCopies;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The executable model, which the shipped rules run as, keeps the rules' titles as the compiled files do. */
class PrecompiledTitlesTest {

    @Test
    void theExecutableModelKeepsTheTitlesOfTheMetadata() {
        // 2020, the smallest rule set: the executable model takes long to generate.
        List<RuleFile> files = ShippedRuleSets.files(2020).stream()
                .map(file -> new RuleFile(file.name(), RuleCopies.titled(file.fileName(), file.content()))).toList();
        RuleSet precompiled = RuleSet.precompiled("titled", files, executableModel(files));
        RuleSet compiled = RuleSet.compile("titled", files);

        assertThat(precompiled.rules()).isEqualTo(compiled.rules())
                .allSatisfy(rule -> assertThat(rule.title(Language.FR)).startsWith("Règle n° "));
        Result result = new DroolsLabelEngine(precompiled, Referentiel.defaultReferentiel(), 1, null,
                fr.label.spi.EngineSettings.DEFAULT_MAX_FIRINGS)
                .evaluate(fr.label.sketch.DossierSketch.of(2020, fr.label.dossier.Collectivite.ville("99X01", "Ville"))
                        .profile(40, 11, 6, 4, true).build());
        assertThat(result.explanations()).isNotEmpty().allSatisfy(why -> {
            assertThat(why.ruleTitle(Language.FR)).startsWith("Règle n° ");
            assertThat(why.ruleTitle(Language.EN)).startsWith("Rule no. ");
        });
        assertThat(precompiled.fingerprint()).isEqualTo(compiled.fingerprint());
    }

    private static KieBase executableModel(List<RuleFile> files) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem sources = services.newKieFileSystem();
        for (RuleFile file : files) {
            sources.write("src/main/resources/fr/label/rules/titled/" + file.fileName(), file.content());
        }
        KieBuilder builder = services.newKieBuilder(sources).buildAll(ExecutableModelProject.class);
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }
}
