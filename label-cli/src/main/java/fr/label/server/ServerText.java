package fr.label.server;

import fr.label.Language;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every sentence the server says, in its answers and in the lines it prints, in French and English
 * ({0}... are the arguments, given as text: a port is not a number to group).
 */
enum ServerText {
    NOT_FOUND("aucune ressource à l''adresse {0} ; les adresses sont décrites par /openapi.json",
            "nothing at {0}; the addresses are described by /openapi.json"),
    UNKNOWN_EDITION("édition inconnue « {0} » ; les éditions servies sont : {1}",
            "unknown edition \"{0}\"; the editions served are: {1}"),
    NO_EXAMPLE("aucune édition d''exemple pour « {0} » ; les palmarès d''exemple sont : {1}",
            "no example edition for \"{0}\"; the example palmarès are: {1}"),
    NO_COLLECTIVITE("aucune collectivité de code « {0} » dans le palmarès {1}",
            "no collectivité with code \"{0}\" in the {1} palmarès"),
    METHOD_NOT_ALLOWED("la méthode {0} n''est pas acceptée à l''adresse {1} ; attendu : {2}",
            "method {0} is not allowed at {1}; expected: {2}"),
    BAD_LANGUAGE("paramètre lang : attendu fr ou en, trouvé « {0} »",
            "parameter lang: expected fr or en, found \"{0}\""),
    BAD_FORMAT("paramètre format : attendu {0}, trouvé « {1} »",
            "parameter format: expected {0}, found \"{1}\""),
    TOO_LARGE("corps de requête trop gros : au plus {0} octets acceptés",
            "request body too large: at most {0} bytes are accepted"),
    EMPTY_BODY("corps de requête vide : attendu {0} en JSON",
            "empty request body: expected {0} as JSON"),
    A_DOSSIER("un dossier", "a dossier"),
    AN_EDITION("un fichier d'édition ({\"edition\": ..., \"dossiers\": [...]})",
            "an edition file ({\"edition\": ..., \"dossiers\": [...]})"),
    INVALID_INPUT("données refusées : voir problems (chemin JSON et ce qui était attendu)",
            "input rejected: see problems (JSON path and what was expected)"),
    EXPECTED_DOSSIER("attendu un dossier, trouvé un fichier d''édition : utiliser /api/{0}/palmares",
            "expected a dossier, found an edition file: use /api/{0}/palmares"),
    EXPECTED_EDITION("attendu un fichier d''édition, trouvé un dossier : utiliser /api/{0}/evaluate",
            "expected an edition file, found a dossier: use /api/{0}/evaluate"),
    WRONG_EDITION("attendu l''édition {0} (celle de l''adresse), trouvé {1}",
            "expected edition {0} (that of the address), found {1}"),
    RULES_FAILED("les règles de l'édition ont échoué : voir problems",
            "the edition's rules failed: see problems"),
    INTERNAL("erreur interne du serveur (un défaut de l'outil : le journal du serveur en dit plus)",
            "internal error of the server (a bug of the tool: the server's log says more)"),
    STOPPING("le serveur s'arrête", "the server is stopping"),
    BODY_FORM("formulaire : attendu un champ dossier", "form: expected a dossier field"),
    LISTEN_FAILED("impossible d''écouter sur {0} : {1}", "cannot listen on {0}: {1}"),
    PORT_TAKEN("le port est déjà pris (--port N pour un autre, --port 0 pour un port libre)",
            "the port is already taken (--port N for another, --port 0 for any free one)"),
    ADDRESS_NOT_HERE("ce n''est pas une adresse de cette machine (--bind)",
            "it is not an address of this machine (--bind)"),
    PORT_NOT_ALLOWED("ce port demande des droits que l''outil n''a pas (en dessous de 1024 : administrateur)",
            "this port needs rights the tool does not have (below 1024: administrator)"),
    SYSTEM_REFUSED("le système refuse ({0})", "the system refuses ({0})"),
    LOG_CONNECTION_LOST("label serve : {0} {1} : connexion perdue (client parti, ou délai de --request-timeout "
            + "dépassé)", "label serve: {0} {1}: connection lost (the client left, or --request-timeout ran out)"),
    LOG_INTERNAL_ERROR("label serve : erreur interne sur {0} {1} : {2}", "label serve: internal error on {0} {1}: {2}");

    private final String fr;
    private final String en;

    ServerText(String fr, String en) {
        this.fr = fr;
        this.en = en;
    }

    String in(Language language, Object... arguments) {
        String pattern = language == Language.EN ? en : fr;
        if (arguments.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, language == Language.EN ? Locale.ENGLISH : Locale.FRENCH)
                .format(arguments);
    }
}
