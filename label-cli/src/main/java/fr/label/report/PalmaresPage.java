package fr.label.report;

import fr.label.Language;
import fr.label.dossier.CollectiviteType;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The palmarès page, rendered from the template {@code palmares.jte} with what
 * {@link PalmaresView} shows. Every figure comes from the {@link fr.label.result.PalmaresSummary};
 * each one carries a {@code data-figure} attribute naming it, so that tests (and curious readers)
 * can check it.
 */
final class PalmaresPage {

    private final PalmaresView view;

    PalmaresPage(Palmares palmares, Language language, Function<Result, String> link, String csvLink) {
        this.view = new PalmaresView(palmares, language, link, csvLink);
    }

    String render() {
        return Templates.render("palmares.jte", view);
    }

    static String typePlural(CollectiviteType type, Language language) {
        return switch (type) {
            case VILLAGE -> Text.TYPE_PLURAL_VILLAGE.in(language);
            case VILLE -> Text.TYPE_PLURAL_VILLE.in(language);
            case INTERCOMMUNALITE -> Text.TYPE_PLURAL_INTERCOMMUNALITE.in(language);
        };
    }

    /** Names in French alphabetical order, accents and case aside, then codes. */
    static Comparator<Result> nameOrder() {
        Collator collator = Collator.getInstance(java.util.Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing(Result::name, collator).thenComparing(Result::code);
    }

    /** The palmarès order: level, highest first, then name. */
    static List<Result> palmaresOrder(List<Result> results) {
        return results.stream()
                .sorted(Comparator.comparingInt(Result::arobases).reversed().thenComparing(nameOrder())).toList();
    }
}
