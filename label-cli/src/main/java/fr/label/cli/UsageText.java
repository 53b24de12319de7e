package fr.label.cli;

import fr.label.Language;
import fr.label.report.StagedOutput;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every line of a usage error (exit 2), in French and English ({0}... are the arguments, given as
 * text: a year or an index is not a number to group). The English lines are picocli's own wording,
 * which the French ones translate: a French run reads no English.
 */
enum UsageText {
    TRY_HELP("Essayez « {0} --help » pour en savoir plus.", "Try ''{0} --help'' for more information."),
    MISSING_COMMAND("commande manquante : {0}", "missing command: {0}"),
    UNKNOWN_COMMAND("commande inconnue « {0} » ; les commandes sont : {1}",
            "unknown command ''{0}''; the commands are: {1}"),
    UNKNOWN_OPTION("option inconnue : {0}", "Unknown option: {0}"),
    UNKNOWN_OPTIONS("options inconnues : {0}", "Unknown options: {0}"),
    UNMATCHED_ARGUMENT("argument en trop à la position {0} : {1}", "Unmatched argument at index {0}: {1}"),
    UNMATCHED_ARGUMENTS("arguments en trop à partir de la position {0} : {1}",
            "Unmatched arguments from index {0}: {1}"),
    POSSIBLE_SOLUTIONS("Solutions possibles : {0}", "Possible solutions: {0}"),
    DID_YOU_MEAN("Vouliez-vous dire : {0} ?", "Did you mean: {0}?"),
    MISSING_VALUE("valeur manquante pour l''option « {0} »{1}", "Missing required parameter for option ''{0}''{1}"),
    VALUE_EXPECTED("valeur manquante pour l''option « {0} » : trouvé l''option « {1} »",
            "Expected parameter for option ''{0}'' but found ''{1}''"),
    MISSING_PARAMETER("paramètre obligatoire manquant : {0}", "Missing required parameter: {0}"),
    MISSING_PARAMETERS("paramètres obligatoires manquants : {0}", "Missing required parameters: {0}"),
    MISSING_OPTION("option obligatoire manquante : {0}", "Missing required option: {0}"),
    MISSING_OPTIONS("options obligatoires manquantes : {0}", "Missing required options: {0}"),
    MISSING_ARGUMENTS("options et paramètres obligatoires manquants : {0}",
            "Missing required options and parameters: {0}"),
    OPTION_TWICE("l''option « {0} » ne se donne qu''une fois", "option ''{0}''{1} should be specified only once"),
    INVALID_OPTION_VALUE("valeur invalide pour l''option « {0} » : {1}", "Invalid value for option ''{0}'': {1}"),
    INVALID_PARAMETER_VALUE("valeur invalide pour le paramètre {0} : {1}",
            "Invalid value for positional parameter at index {2} ({0}): {1}"),
    EXPECTED("attendu {0}, trouvé « {1} »", "expected {0}, found ''{1}''"),
    EXPECTED_INTEGER("attendu un nombre entier, trouvé « {0} »", "''{0}'' is not an int"),
    EXPECTED_THREADS("attendu un nombre de fils d''exécution de 1 à {0}, trouvé « {1} »",
            "expected a number of threads from 1 to {0}, found ''{1}''"),
    EXPECTED_FIRINGS("attendu un nombre de déclenchements de règles, de 1 à {0}, trouvé « {1} »",
            "expected a number of rule firings, from 1 to {0}, found ''{1}''"),
    EXPECTED_NUMBER("attendu un nombre, trouvé « {0} »", "''{0}'' is not a double"),
    UNKNOWN_EDITION("édition inconnue « {0} » ; éditions connues : {1}", "unknown edition {0}; known editions: {1}"),

    // The commands' own checks of their options.
    HTML_OR_OUTPUT("--html et --output ne vont pas ensemble : --html écrit des pages au lieu d''imprimer, "
            + "--output écrit ce qui serait imprimé", "--html and --output cannot be used together: --html writes pages "
            + "instead of printing, --output writes what would be printed"),
    MISSING_EDITION("--edition ANNÉE manquante (éditions connues : {0})", "missing --edition YEAR (known editions: {0})"),
    EXPORT_WITH_RULES("--export écrit les règles livrées de --edition ANNÉE ; il ne va pas avec --rules",
            "--export writes the shipped rules of --edition YEAR; it cannot be used with --rules"),
    EXPORT_WITH("--export écrit des fichiers de règles ; il ne va pas avec {0}",
            "--export writes rule files; it cannot be used with {0}"),
    MUTANTS_NEED_DOCUMENT("--mutants montre les mutants survivants dans la documentation des règles : "
            + "donner --format md ou html", "--mutants shows survivors in the rule documentation: give --format md or html"),
    EXPECTED_PERCENTAGE("{0} : attendu un pourcentage de 0 à 100, trouvé {1}",
            "{0}: expected a percentage from 0 to 100, found {1}"),
    TEST_FORMAT("--format : attendu text ou json, trouvé « csv »", "--format: expected text or json, found ''csv''"),
    UNUSABLE_TARGET("{0} {1} : {2}", "{0} {1}: {2}"),
    ROOT_FOR_FILE("attendu un nom de fichier, pas la racine du système de fichiers",
            "expected a file name, not the root of the file system"),
    ROOT_FOR_FOLDER("attendu un nom de répertoire, pas la racine du système de fichiers",
            "expected a folder name, not the root of the file system"),
    FOLDER_FOR_FILE("c''est un répertoire ; attendu un nom de fichier", "is a folder; expected a file name"),
    NOT_A_FOLDER("existe et n''est pas un répertoire", "exists and is not a folder"),
    FOLDER_OF_OTHER_FILES("le répertoire existe et contient d''autres fichiers que les pages écrites par label ; "
            + "donner un répertoire nouveau ou vide", "the folder exists and holds other files than the pages written "
            + "by label; give a new or empty folder"),
    NOT_A_RULES_FOLDER("{0} {1} : attendu un répertoire de fichiers .drl (voir « label rules --export »), trouvé {2}",
            "{0} {1}: expected a folder of .drl files (see ''label rules --export''), found {2}"),
    FOUND_A_FILE("un fichier", "a file"),
    FOUND_NOTHING("rien (aucun répertoire de ce nom)", "nothing (no such folder)"),
    OPTION_EXPECTED("{0} : attendu {1}, trouvé « {2} »", "{0}: expected {1}, found ''{2}''"),
    A_PORT("un port de 0 à 65535", "a port from 0 to 65535"),
    A_THREAD_COUNT("un nombre de fils d''exécution de 1 à {0}", "a number of threads from 1 to {0}"),
    A_SIZE("une taille en octets, ou avec k ou m (par exemple 16m)", "a size in bytes, or with k or m (e.g. 16m)"),
    A_TIMEOUT("un nombre de secondes de 1 à 86400", "a number of seconds from 1 to 86400"),
    UNKNOWN_BIND("--bind {0} : attendu une adresse de cette machine (127.0.0.1, 0.0.0.0, un nom d''hôte), trouvé "
            + "un nom inconnu", "--bind {0}: expected an address of this machine (127.0.0.1, 0.0.0.0, a host name), "
            + "found an unknown name"),
    BASE_OF_ANOTHER_EDITION("--base {0} : l''édition est {1} ; donner --base {1} (ses règles livrées) ou un répertoire "
            + "de règles", "--base {0}: the edition is {1}; give --base {1} (its shipped rules) or a rules directory");

    private final String fr;
    private final String en;

    UsageText(String fr, String en) {
        this.fr = fr;
        this.en = en;
    }

    /** An --output or --html target that cannot be one, and why. */
    static String unusableTarget(Language language, String option, StagedOutput.UnusableTargetException unusable) {
        UsageText reason = switch (unusable.reason()) {
            case ROOT_FOR_FILE -> ROOT_FOR_FILE;
            case ROOT_FOR_FOLDER -> ROOT_FOR_FOLDER;
            case FOLDER_FOR_FILE -> FOLDER_FOR_FILE;
            case NOT_A_FOLDER -> NOT_A_FOLDER;
            case FOLDER_OF_OTHER_FILES -> FOLDER_OF_OTHER_FILES;
        };
        return UNUSABLE_TARGET.in(language, option, unusable.target().toString(), reason.in(language));
    }

    String in(Language language, Object... arguments) {
        String pattern = language == Language.EN ? en : fr;
        return new MessageFormat(pattern, language == Language.EN ? Locale.ENGLISH : Locale.FRENCH).format(arguments);
    }

    /** Words the user typed or may type, quoted: « a », « b » in French; 'a', 'b' in English. */
    static String quoted(Language language, List<String> words) {
        return words.stream().map(word -> language == Language.EN ? "'" + word + "'" : "« " + word + " »")
                .collect(Collectors.joining(", "));
    }

    /** The choices of a value: "text, json ou csv"; "text, json or csv". */
    static String oneOf(Language language, String... choices) {
        String last = choices[choices.length - 1];
        if (choices.length == 1) {
            return last;
        }
        return String.join(", ", List.of(choices).subList(0, choices.length - 1))
                + (language == Language.EN ? " or " : " ou ") + last;
    }
}
