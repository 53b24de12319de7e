package fr.label.cli;

import fr.label.Language;
import fr.label.report.SafeText;

import java.util.ArrayList;
import java.util.List;

/** A plain-text report being written, in one language. */
abstract class Report {

    static final int RULE_WIDTH = 78;

    protected final Language language;
    private final List<String> lines = new ArrayList<>();

    protected Report(Language language) {
        this.language = language;
    }

    /** The French or the English wording. */
    protected String t(String french, String english) {
        return language == Language.EN ? english : french;
    }

    /** French puts a space before a colon. */
    protected String colon() {
        return language == Language.EN ? ": " : " : ";
    }

    /**
     * Adds a line. Names and messages in it come from the input: control characters (ANSI
     * escapes, NUL, line ends) and bidi overrides are replaced by visible ones ({@link SafeText#plain}).
     */
    protected void line(String text) {
        lines.add(SafeText.plain(text.stripTrailing()));
    }

    protected void lines(List<String> more) {
        more.forEach(this::line);
    }

    protected void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }

    /** A section heading: "── Title ─────". */
    protected void section(String title) {
        blank();
        String head = "── " + title + " ";
        line(head + "─".repeat(Math.max(3, RULE_WIDTH - PlainText.width(head))));
    }

    protected void wrapped(String text, String indent) {
        lines(PlainText.wrap(text, indent, PlainText.WIDTH));
    }

    /** The report, one line per line, ending with a newline. */
    protected String text() {
        List<String> all = new ArrayList<>(lines);
        while (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) {
            all.remove(all.size() - 1);
        }
        return String.join("\n", all) + "\n";
    }
}
