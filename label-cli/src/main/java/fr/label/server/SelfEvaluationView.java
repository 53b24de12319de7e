package fr.label.server;

import fr.label.Language;

import java.util.List;

/**
 * What the self-evaluation page's template shows.
 *
 * @param language the page's language
 * @param editions the editions to choose from
 * @param examples the example dossiers, by type ("village", "ville", "intercommunalite")
 * @param palmares the years of the example palmarès
 */
public record SelfEvaluationView(Language language, List<EditionChoice> editions, List<String> examples,
                                 List<Integer> palmares) {

    /** An edition of the choice: its name in the API, its year, and whether its rules are the shipped ones. */
    public record EditionChoice(String name, int year, boolean shipped) {
    }

    /** The sentence in the page's language: a template holds both, so that a designer changes them there. */
    public String t(String fr, String en) {
        return language == Language.EN ? en : fr;
    }

    /** The name of an example's type of collectivité, as the button shows it. */
    public String exampleLabel(String example) {
        return switch (example) {
            case "village" -> t("un village", "a village");
            case "ville" -> t("une ville", "a town");
            default -> t("une intercommunalité", "an intercommunalité");
        };
    }

    /** The page's language code, for {@code lang} and the requests. */
    public String lang() {
        return language == Language.EN ? "en" : "fr";
    }

    /** The edition chosen at first: the latest shipped one. */
    public String defaultEdition() {
        return editions.stream().filter(EditionChoice::shipped).reduce((a, b) -> b)
                .map(EditionChoice::name).orElse(editions.isEmpty() ? "" : editions.get(0).name());
    }
}
