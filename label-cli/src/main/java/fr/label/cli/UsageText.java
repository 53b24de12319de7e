package fr.label.cli;

import fr.label.Language;

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
    UNKNOWN_EDITION("édition inconnue « {0} » ; éditions connues : {1}", "unknown edition {0}; known editions: {1}");

    private final String fr;
    private final String en;

    UsageText(String fr, String en) {
        this.fr = fr;
        this.en = en;
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
