package fr.label.report;

import fr.label.Language;

/**
 * Every sentence of the report pages, in French and English. {@code {0}}, {@code {1}}... are
 * replaced by the arguments, which the caller formats (and the pages escape).
 */
public enum Text {
    // Frame
    SKIP("Aller au contenu", "Skip to content"),
    FOOTER("Pages produites par la bibliothèque label : résultats calculés par les règles de l'édition. "
            + "Le référentiel de services est une reconstitution.",
            "Pages produced by the label library: results computed by the edition's rules. "
            + "The référentiel of services is a reconstruction."),
    FOOTER_RULES("Règles : {0} (l'empreinte du texte des fichiers de règles désigne exactement celles qui ont "
            + "fait ces résultats).",
            "Rules: {0} (the fingerprint of the rule files' text names exactly those that made these results)."),
    LABEL_NAME("Label national Territoires, Villes et Villages Internet",
            "Label national Territoires, Villes et Villages Internet"),

    // Palmarès
    PALMARES_TITLE("Palmarès {0}", "{0} palmarès"),
    PALMARES_SUBTITLE("{0} édition du label", "{0} edition of the label"),
    KEY_FIGURES("Chiffres clés", "Key figures"),
    PARTICIPANTS("Collectivités labellisées", "Labelled collectivités"),
    REJECTED("Dossiers non évalués", "Dossiers not evaluated"),
    GROUP_PARTICIPANTS("Participants", "Participants"),
    GROUP_DISTINCTIONS("Distinctions", "Distinctions"),
    BY_TYPE("Participants par type", "Participants by type"),
    TYPE_PLURAL_VILLAGE("Villages", "Villages"),
    TYPE_PLURAL_VILLE("Villes", "Towns"),
    TYPE_PLURAL_INTERCOMMUNALITE("Territoires", "Territories"),
    ACTIONS("Actions", "Actions"),
    ACTIONS_FILED("Actions déposées", "Actions filed"),
    ACTIONS_ELIGIBLE("Actions retenues", "Actions counted"),
    MENTIONS_AWARDED("Mentions décernées", "Mentions awarded"),
    EXCELLENCE_AWARDED("Excellence numérique décernée", "Excellence awarded"),
    EXCELLENCE_HOLDERS("Excellence numérique détenue", "Excellence held"),
    LEVELS("Niveaux par type de collectivité", "Levels by type of collectivité"),
    LEVELS_CHART_DESC("Diagramme en barres : nombre de collectivités à chaque niveau, de 1@ à 5@, par type. "
            + "Les mêmes chiffres figurent dans le tableau qui suit.",
            "Bar chart: number of collectivités at each level, 1@ to 5@, by type. "
            + "The same figures are in the table that follows."),
    LEVELS_TABLE_CAPTION("Collectivités par niveau et par type", "Collectivités by level and type"),
    LEVEL("Niveau", "Level"),
    TOTAL("Total", "Total"),
    COUNT("Nombre", "Count"),
    BY_REGION("Participants par région", "Participants by région"),
    REGION("Région", "Région"),
    REGION_UNKNOWN("(non renseignée)", "(not given)"),
    MENTIONS("Mentions", "Mentions"),
    MENTION("Mention", "Mention"),
    AWARDED("Décernées", "Awarded"),
    ELIGIBLE("Dossiers éligibles", "Eligible dossiers"),
    NO_MENTION_IN_EDITION("Cette édition ne décerne pas de mention.", "This edition awards no mention."),
    EXCELLENCE("Territoire d'excellence numérique", "Territoire d'excellence numérique"),
    EXCELLENCE_NOT_IN_EDITION("Aucune collectivité ne reçoit ni ne détient la distinction dans cette édition.",
            "No collectivité receives or holds the distinction in this edition."),
    EXCELLENCE_AWARDED_TO("Décernée cette année", "Awarded this year"),
    EXCELLENCE_HELD_BY("Détenue d'une édition précédente", "Held from an earlier edition"),
    COLLECTIVITES("Les collectivités", "The collectivités"),
    SEARCH_LABEL("Rechercher une collectivité (nom, code, département, région)",
            "Search a collectivité (name, code, département, région)"),
    SHOWN_COUNT_ONE("{0} collectivité affichée sur {1}", "{0} of {1} collectivité shown"),
    SHOWN_COUNT_MANY("{0} collectivités affichées sur {1}", "{0} of {1} collectivités shown"),
    NO_MATCH("Aucune collectivité ne correspond à la recherche.", "No collectivité matches the search."),
    SORT_HINT("Cliquez sur « Collectivité » ou « Niveau » pour trier le tableau.",
            "Click “Collectivité” or “Level” to sort the table."),
    TABLE_CAPTION("Collectivités labellisées en {0}", "Collectivités labelled in {0}"),
    COLLECTIVITE("Collectivité", "Collectivité"),
    TYPE("Type", "Type"),
    DEPARTEMENT("Dépt", "Dépt"),
    DEPARTEMENT_LONG("Département", "Département"),
    ELIGIBLE_ACTIONS_SHORT("Actions retenues", "Actions counted"),
    EXCELLENCE_SHORT("Excellence", "Excellence"),
    REJECTIONS("Dossiers non évalués", "Dossiers not evaluated"),
    REJECTIONS_INTRO("Ces dossiers sont invalides : ils ne figurent pas au palmarès.",
            "These dossiers are invalid: they are not in the palmarès."),
    DOSSIER_INDEX("Dossier n° {0}", "Dossier #{0}"),
    CSV_LINK("Télécharger les résultats (CSV, une ligne par collectivité)",
            "Download the results (CSV, one row per collectivité)"),
    NONE_DASH("—", "—"),

    // Dossier
    BACK("Retour au palmarès", "Back to the palmarès"),
    DOSSIER_KICKER("Palmarès {0} · {1} édition", "{0} palmarès · {1} edition"),
    CODE("Code", "Code"),
    POPULATION("Population", "Population"),
    INHABITANTS("{0} habitants", "{0} inhabitants"),
    SIGN_ALT("Panneau d'entrée de ville : {0} {1}", "Town entrance sign: {0} {1}"),
    SIGN_WORD_VILLAGE("VILLAGE INTERNET", "VILLAGE INTERNET"),
    SIGN_WORD_VILLE("VILLE INTERNET", "VILLE INTERNET"),
    SIGN_WORD_INTERCOMMUNALITE("TERRITOIRE INTERNET", "TERRITOIRE INTERNET"),
    AROBASES_N("{0} arobase(s) sur 5", "{0} arobase(s) out of 5"),
    LEVEL_RESULT("Niveau obtenu :", "Level obtained:"),
    WHY_LEVEL("Pourquoi ce niveau", "Why this level"),
    MEASURES("Les mesures", "The measures"),
    MEASURE_A("actions retenues", "eligible actions"),
    MEASURE_E("enjeux couverts", "covered enjeux"),
    MEASURE_S("enjeux forts", "strong enjeux"),
    MEASURE_C("catégories couvertes", "covered catégories"),
    MEASURE_D("démocratie locale couverte", "démocratie locale covered"),
    YES("oui", "yes"),
    NO("non", "no"),
    MOSAIQUE("La mosaïque", "The mosaïque"),
    MOSAIQUE_INTRO("Les {0} enjeux du référentiel. Selon les règles de l'édition (par défaut), un enjeu est "
            + "couvert dès qu'une action retenue y contribue, et fort quand ses actions utilisent au moins deux services.",
            "The référentiel's {0} enjeux. Under the edition's rules (by default), an enjeu is covered as soon as "
            + "one counted action serves it, and strong when its actions use at least two services."),
    TILE_NONE("non couvert", "not covered"),
    TILE_COVERED("couvert", "covered"),
    TILE_STRONG("fort", "strong"),
    N_ACTIONS_ONE("{0} action", "{0} action"),
    N_ACTIONS_MANY("{0} actions", "{0} actions"),
    N_SERVICES_ONE("{0} service", "{0} service"),
    N_SERVICES_MANY("{0} services", "{0} services"),
    MENTIONS_OF_DOSSIER("Mentions", "Mentions"),
    MENTION_STATUS("Statut", "Status"),
    MENTION_WHY("Pourquoi", "Why"),
    MENTION_AWARDED("décernée", "awarded"),
    MENTION_ELIGIBLE_NOT_AWARDED("éligible, non décernée", "eligible, not awarded"),
    MENTION_NOT_ELIGIBLE("non éligible", "not eligible"),
    NO_MENTION_FOR_DOSSIER("Aucune mention n'est en jeu dans cette édition.", "No mention is at stake in this edition."),
    EXCELLENCE_NONE("Non obtenue", "Not obtained"),
    VALID_UNTIL("valable jusqu'au palmarès {0}", "valid until the {0} palmarès"),
    NEXT_LEVEL("Pour atteindre {0}@", "To reach {0}@"),
    NEXT_LEVEL_INTRO("Conditions de {0}@ qui ne sont pas encore remplies :", "Conditions of {0}@ not met yet:"),
    UNCOVERED_ENJEUX("Enjeux sans action retenue : {0}", "Enjeux with no counted action: {0}"),
    TOP_LEVEL("Niveau maximal atteint", "Top level reached"),
    TOP_LEVEL_TEXT("La collectivité a obtenu 5@, le plus haut niveau du label.",
            "The collectivité obtained 5@, the label's top level."),
    ACTIONS_OF_DOSSIER("Les actions", "The actions"),
    ACTIONS_SUMMARY("Actions retenues : {0} sur {1} déposées", "Actions counted: {0} of {1} filed"),
    NO_ACTION("Le dossier ne contient aucune action.", "The dossier holds no action."),
    ACTION_ID("N°", "Id"),
    ACTION_TITLE("Intitulé", "Title"),
    ACTION_COUNTED("Retenue", "Counted"),
    ACTION_REASON("Motif", "Reason"),
    REASON_DUPLICATE("doublon", "duplicate"),
    REASON_UNKNOWN_SERVICE("service inconnu", "unknown service"),
    REASON_NOT_STARTED("pas encore commencée", "not started"),
    REASON_TOO_OLD("terminée depuis trop longtemps", "ended too long ago"),
    UNKNOWN_SERVICES("Services inconnus : {0}", "Unknown services: {0}");

    private final String fr;
    private final String en;

    Text(String fr, String en) {
        this.fr = fr;
        this.en = en;
    }

    /** "1 action", "3 actions": French takes the singular for 0 and 1, English for 1 only. */
    static String count(Language language, long n, Text one, Text many) {
        boolean singular = language == Language.EN ? n == 1 : n <= 1;
        return (singular ? one : many).in(language, Typography.numberInPage(n, language));
    }

    /** The sentence as HTML: its words escaped, the arguments given as HTML already (values isolated by the caller). */
    String html(Language language, String... htmlArguments) {
        String text = language == Language.EN ? en : fr;
        StringBuilder out = new StringBuilder(text.length() + 64);
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            int index = close < 0 ? -1 : parseIndex(text.substring(open + 1, close));
            if (index < 0 || index >= htmlArguments.length) {
                out.append(Html.esc(text.substring(from, open + 1)));
                from = open + 1;
                continue;
            }
            out.append(Html.esc(text.substring(from, open))).append(htmlArguments[index]);
            from = close + 1;
        }
        return out.append(Html.esc(text.substring(from))).toString();
    }

    private static int parseIndex(String digits) {
        return digits.matches("[0-9]") ? digits.charAt(0) - '0' : -1;
    }

    String in(Language language, Object... arguments) {
        String text = language == Language.EN ? en : fr;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
