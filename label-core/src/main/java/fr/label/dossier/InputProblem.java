package fr.label.dossier;

/**
 * One thing wrong with an input: where it is and what was expected.
 *
 * @param file    the file it was read from, or {@code null} for a dossier built in Java
 * @param path    JSON path of the faulty value, e.g. {@code dossiers[12].actions[3].start}
 * @param message what was expected and what was found
 */
public record InputProblem(String file, String path, String message) {

    /**
     * @param file the file the problem was read from
     * @return the same problem, in that file
     */
    public InputProblem inFile(String file) {
        return new InputProblem(file, path, message);
    }

    /**
     * Prefixes the path, e.g. to place a dossier's problem inside its edition file.
     *
     * @param parent the path of the value that holds this one, e.g. {@code dossiers[3]}
     * @return the same problem with the full path, e.g. {@code dossiers[3].actions[0].end}
     */
    public InputProblem under(String parent) {
        String full = path == null || path.isEmpty() ? parent : parent + (path.startsWith("[") ? "" : ".") + path;
        return new InputProblem(file, full, message);
    }

    /** {@code file: path: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file).append(": ");
        }
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
