package fr.label;

/**
 * One rule of an engine's rule set, for documentation and coverage.
 *
 * <pre>{@code
 * for (RuleInfo rule : engine.rules()) {
 *     System.out.println(rule.file() + ": " + rule.title(Language.FR));
 * }
 * }</pre>
 *
 * @param name        the rule's identifier, as programs and scenario files ({@code rulesFired}) name it
 * @param file        the rule file it is written in
 * @param titleFr     its French title, from its {@code @titleFr} metadata, or {@code null} when absent
 * @param titleEn     its English title, from its {@code @titleEn} metadata, or {@code null} when absent
 * @param description what it decides, from its {@code @description} metadata ("" when absent), as written
 */
public record RuleInfo(String name, String file, String titleFr, String titleEn, String description) {

    /** The metadata key of a rule's French title: {@code @titleFr("...")}. */
    public static final String TITLE_FR = "titleFr";
    /** The metadata key of a rule's English title: {@code @titleEn("...")}. */
    public static final String TITLE_EN = "titleEn";

    /** What a reader is shown of the rule: its title in the language, or its name when it has none. */
    public String title(Language language) {
        String title = language == Language.EN ? titleEn : titleFr;
        return title == null || title.isBlank() ? name : title;
    }

    /** Whether the rule has a title in this language (a rule without shows its name instead). */
    public boolean hasTitle(Language language) {
        String title = language == Language.EN ? titleEn : titleFr;
        return title != null && !title.isBlank();
    }
}
