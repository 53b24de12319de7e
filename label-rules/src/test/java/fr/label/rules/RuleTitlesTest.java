package fr.label.rules;

import fr.label.RuleFile;
import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.RuleInfo;
import fr.label.json.LabelJson;
import fr.label.result.Explanation;
import fr.label.result.Result;
import fr.label.result.Topic;
import fr.label.rules.engine.RuleText;
import fr.label.rules.engine.ShippedRuleSets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;

/** A rule's French and English titles, from its metadata, are what readers are shown of it. */
class RuleTitlesTest {

    @TempDir
    static Path dir;
    /** The 2023 rules, every rule titled; compiled once for the tests that read titles. */
    private static LabelEngine engine;
    private static Map<String, RuleText> texts;

    private final fr.label.dossier.Dossier dossier = Dossiers.withMeasures(2023, VILLE, 40, 11, 6, 4, true);

    @BeforeAll
    static void titledRules() {
        Path titled = RuleCopies.titled(2023, dir.resolve("titled"));
        engine = LabelEngine.builder().edition(2023).rules(titled).build();
        texts = RuleText.of(filesOf(titled));
    }

    @Test
    void explanationsCarryTheTitlesTheirRuleWritesInItsMetadata() {
        Result result = engine.evaluate(dossier);

        assertThat(result.explanations()).isNotEmpty().allSatisfy(why -> {
            String written = RuleCopies.titleFr(texts.get(why.rule()).source());
            assertThat(why.ruleTitleFr()).isEqualTo(written);
            assertThat(why.ruleTitle(Language.FR)).isEqualTo(written).isNotEqualTo(why.rule());
            assertThat(why.ruleTitle(Language.EN)).isEqualTo(why.ruleTitleEn()).isNotBlank();
        });
        Explanation arobases = result.explanationsOf(Topic.AROBASES).get(0);
        assertThat(arobases.ruleTitle(Language.FR)).contains("l'essai, « titré »");
        assertThat(arobases.ruleTitle(Language.EN)).contains("the trial's, \"titled\"");
    }

    @Test
    void theRulesOfTheEngineHaveTheirTitles() {
        assertThat(engine.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.hasTitle(Language.FR)).isTrue();
            assertThat(rule.hasTitle(Language.EN)).isTrue();
            assertThat(rule.title(Language.FR)).isEqualTo(RuleCopies.titleFr(texts.get(rule.name()).source()));
        });
    }

    @Test
    void aRuleWithoutTitlesIsShownByItsName() {
        LabelEngine untitled = LabelEngine.builder().edition(2023).rules(RuleCopies.untitled(2023, dir.resolve("untitled")))
                .build();

        Result result = untitled.evaluate(dossier);

        assertThat(result.explanations()).isNotEmpty().allSatisfy(why -> {
            assertThat(why.ruleTitleFr()).isNull();
            assertThat(why.ruleTitle(Language.FR)).isEqualTo(why.rule());
            assertThat(why.ruleTitle(Language.EN)).isEqualTo(why.rule());
        });
        assertThat(untitled.rules()).allSatisfy(rule -> assertThat(rule.title(Language.FR)).isEqualTo(rule.name()));
    }

    @Test
    void theResultJsonKeepsTheRuleNameAndAddsItsTitleInTheOutputLanguage() {
        Result result = engine.evaluate(dossier);
        Explanation first = result.explanations().get(0);

        String french = LabelJson.toJson(result, Language.FR);
        String english = LabelJson.toJson(result, Language.EN);

        String rule = "\"rule\" : \"" + first.rule() + "\",\n";
        assertThat(french).contains(rule + "    \"ruleTitle\" : \"" + first.ruleTitleFr().replace("\"", "\\\"") + "\"");
        assertThat(english).contains(rule + "    \"ruleTitle\" : \"" + first.ruleTitleEn().replace("\"", "\\\"") + "\"");
    }

    @Test
    void thePrecompiledRulesGiveTheSameTitlesAsTheFiles() {
        // The shipped rules run precompiled (the executable model); their files compiled at start-up
        // must tell the same titles, whatever the shipped rules hold.
        LabelEngine shipped = LabelEngine.forEdition(2023);
        Map<String, RuleInfo> fromFiles = fr.label.rules.engine.RuleSet.compile("files",
                ShippedRuleSets.files(2023)).rules().stream().collect(Collectors.toMap(RuleInfo::name, Function.identity()));

        assertThat(shipped.rules()).allSatisfy(rule -> assertThat(rule).isEqualTo(fromFiles.get(rule.name())));
    }

    private static List<RuleFile> filesOf(Path dir) {
        return fr.label.rules.engine.RuleSetCompiler.filesOf(dir);
    }
}
