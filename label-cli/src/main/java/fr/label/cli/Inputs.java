package fr.label.cli;

import fr.label.Language;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.json.LabelJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens what a command reads, once: a file, or standard input when the argument is "-" (a file
 * named "-" is "./-"). A file that cannot be opened is a problem in the command's language.
 */
final class Inputs {

    /** The argument that names standard input. */
    static final String STANDARD_INPUT = "-";
    /** How standard input is named in problems and reports. */
    static final String STANDARD_INPUT_NAME = "<stdin>";

    private Inputs() {
    }

    static boolean isStandardInput(String argument) {
        return STANDARD_INPUT.equals(argument);
    }

    /** What "-" reads for a command: its parent's standard input (the tests give their own). */
    static InputStream standardInput(LabelCommand parent) {
        return parent == null ? System.in : parent.standardInput();
    }

    /**
     * Opens a dossier or edition file, or standard input.
     *
     * @throws InvalidInputException when it cannot be opened or is not a dossier or edition file
     */
    static LabelJson.Input open(String argument, InputStream standardInput, Language language) {
        if (isStandardInput(argument)) {
            return LabelJson.open(standardInput, STANDARD_INPUT_NAME);
        }
        return LabelJson.open(stream(argument, language, null), argument);
    }

    /**
     * Opens the edition file of a YEAR|FILE argument that is not a year: when no file has that
     * name, the problem says that a year would have done too.
     */
    static LabelJson.Input openEdition(String argument, InputStream standardInput, Language language,
                                       List<Integer> years) {
        if (isStandardInput(argument)) {
            return LabelJson.open(standardInput, STANDARD_INPUT_NAME);
        }
        return LabelJson.open(stream(argument, language, years), argument);
    }

    /** The whole text of a file, or of standard input, as UTF-8. */
    static String text(String argument, InputStream standardInput, Language language) {
        try (InputStream in = isStandardInput(argument) ? standardInput : stream(argument, language, null)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(name(argument), "", cannotBeRead(e, language)));
        }
    }

    static String name(String argument) {
        return isStandardInput(argument) ? STANDARD_INPUT_NAME : argument;
    }

    /** @param years when not null, the argument could have been one of these years instead of a file */
    private static InputStream stream(String argument, Language language, List<Integer> years) {
        boolean en = language == Language.EN;
        Path file = Path.of(argument);
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(new InputProblem(argument, "",
                    en ? "expected a file, found a folder" : "attendu un fichier, trouvé un répertoire"));
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            String message;
            if (years != null) {
                message = en ? "expected a palmarès year (one of " + years + ") or an edition file, found neither: "
                        + "no such file"
                        : "attendu une année de palmarès (parmi " + years + ") ou un fichier d'édition, trouvé ni "
                        + "l'une ni l'autre : aucun fichier de ce nom";
            } else {
                message = en ? "no such file" : "fichier introuvable";
            }
            throw new InvalidInputException(new InputProblem(argument, "", message));
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(argument, "", cannotBeRead(e, language)));
        }
    }

    private static String cannotBeRead(IOException e, Language language) {
        boolean en = language == Language.EN;
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = en ? "permission denied" : "permission refusée";
        } else if (e instanceof FileSystemException system && system.getReason() != null) {
            reason = system.getReason();
        } else {
            reason = e.getMessage() == null ? (en ? "input error" : "erreur d'entrée") : e.getMessage();
        }
        return (en ? "cannot be read: " : "illisible : ") + reason;
    }
}
