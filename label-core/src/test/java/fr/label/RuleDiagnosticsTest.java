package fr.label;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RuleDiagnosticsTest {

    private static Properties texts(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = RuleDiagnostics.class.getResourceAsStream("rule-diagnostics_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\{\\d+}").matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }

    @Test
    void bothLanguagesSayTheSameThingsWithTheSameValues() throws IOException {
        Properties french = texts("fr");
        Properties english = texts("en");

        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : french.stringPropertyNames()) {
            assertThat(placeholders(french.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void aProblemReadsInEitherLanguageAndPhrasesFollowIt() {
        RuleProblem problem = RuleDiagnostics.problem("levels.drl", 12, 5, "requirement.absent",
                RuleDiagnostics.phrase("concern.Arobases"), "Arobases", "levels.drl");

        assertThat(problem.toString()).isEqualTo("levels.drl:12:5: aucune règle ne décide le niveau d'arobases "
                + "(Arobases) : c'est d'habitude le rôle du fichier levels.drl");
        assertThat(problem.toString(Language.EN))
                .isEqualTo("levels.drl:12:5: no rule decides the arobases level (Arobases); levels.drl usually does");
    }

    @Test
    void twentyProblemsAreShownThenHowManyMore() {
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            problems.add(new RuleProblem("a.drl", i, 0, "faute " + i, "mistake " + i));
        }
        problems.add(new RuleProblem(null, 0, 0, "tout le jeu", "the whole set"));

        List<String> lines = RuleDiagnostics.lines(problems, Language.EN, "my-rules");

        assertThat(lines).hasSize(21).startsWith("a.drl:1: mistake 1").endsWith("a.drl:20: mistake 20",
                "... and 2 more errors");
        assertThat(RuleDiagnostics.lines(problems.subList(20, 22), Language.FR, "my-rules"))
                .containsExactly("a.drl:21: faute 21", "my-rules: tout le jeu");
    }
}
