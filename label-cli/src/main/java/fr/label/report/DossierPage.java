package fr.label.report;

import fr.label.Language;
import fr.label.referentiel.Referentiel;
import fr.label.result.Mention;
import fr.label.result.Result;

import java.util.List;

/**
 * The page of one collectivité: its sign, measures, mosaïque, mentions, excellence, next level and
 * actions, rendered from the template {@code dossier.jte} with what {@link DossierView} shows.
 */
final class DossierPage {

    private final DossierView view;

    DossierPage(Result result, Language language, Referentiel referentiel, List<Mention> catalogue, String backLink) {
        this.view = new DossierView(result, language, referentiel, catalogue, backLink);
    }

    String render() {
        return Templates.render("dossier.jte", view);
    }
}
