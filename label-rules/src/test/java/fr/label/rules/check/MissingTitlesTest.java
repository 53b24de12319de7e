package fr.label.rules.check;

import fr.label.RuleFile;
import fr.label.Language;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.RuleText;
import fr.label.rules.engine.ShippedRuleSets;
import fr.label.rules.RuleCopies;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** check-rules warns of every rule without a French or an English title, at its line. */
class MissingTitlesTest {

    @Test
    void aRuleWithoutTitlesIsNamedAtItsLineInTheLanguageOfTheReport() {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile file : ShippedRuleSets.files(2023)) {
            String titled = RuleCopies.titled(file.fileName(), file.content());
            files.add(new RuleFile(file.fileName(), file.fileName().equals("levels.drl")
                    // the first rule of levels.drl loses its English title
                    ? titled.replaceFirst("\\n\\s*@titleEn\\(\"(?:[^\"\\\\]|\\\\.)*\"\\)", "") : titled));
        }
        RuleSet ruleSet = RuleSet.compile("my-rules", files);
        RuleText first = RuleText.of(files.stream().filter(f -> f.fileName().equals("levels.drl")).toList())
                .values().iterator().next();

        List<MissingTitles.Missing> missing = MissingTitles.of(ruleSet);

        assertThat(missing).containsExactly(new MissingTitles.Missing("levels.drl", first.line(), first.name(),
                List.of(Language.EN)));
        assertThat(missing.get(0).describe(Language.FR)).isEqualTo("levels.drl:" + first.line()
                + ": avertissement : la règle « " + first.name() + " » n'a pas de titre anglais (@titleEn) : "
                + "son nom est montré à la place");
        assertThat(missing.get(0).describe(Language.EN)).isEqualTo("levels.drl:" + first.line()
                + ": warning: rule \"" + first.name() + "\" has no English title (@titleEn): readers are shown its "
                + "name instead");
    }

    @Test
    void aRuleWithNeitherTitleIsWarnedOfBoth() {
        List<RuleFile> files = ShippedRuleSets.files(2023).stream().map(file -> new RuleFile(file.fileName(),
                file.content().replaceAll("[ \\t]*@title(?:Fr|En)\\(\"(?:[^\"\\\\]|\\\\.)*\"\\)[ \\t]*\\n?", "")))
                .toList();

        List<MissingTitles.Missing> missing = MissingTitles.of(RuleSet.compile("untitled", files));

        assertThat(missing).hasSize(RuleText.of(files).size())
                .allSatisfy(m -> assertThat(m.languages()).containsExactly(Language.FR, Language.EN));
        assertThat(missing.get(0).describe(Language.FR)).contains("n'a ni titre français ni titre anglais");
    }
}
