package fr.label;

/**
 * One {@code .drl} file of a rule set.
 *
 * @param name    how problems name it: its path relative to the rule folder, or the path given by the user
 * @param content its text
 */
public record RuleFile(String name, String content) {

    /** The file name without its folder: what decides which common file an edition file replaces. */
    public String fileName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
