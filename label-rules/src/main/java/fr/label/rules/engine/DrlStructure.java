package fr.label.rules.engine;

import fr.label.RuleDiagnostics;
import fr.label.RuleProblem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the usual slips of a rule author in a {@code .drl} file that does not parse — a rule
 * without {@code end}, a {@code (} never closed or a {@code )} too many in a condition, a string
 * never closed — at the line where the construct opened. The parser reports them where it gave
 * up, often many lines further, in its own words.
 *
 * <p>It reads the file as the parser's lexer would, skipping comments and strings: a rule
 * opens with {@code rule} at the start of a line and ends with {@code end} (also {@code query}
 * and {@code declare}); {@code then} ends its conditions; strings do not span lines.
 */
final class DrlStructure {

    private enum Section { OUTSIDE, HEADER, CONDITIONS, CONSEQUENCE }

    private record Open(int line, int column) {
    }

    private final String file;
    private final String text;
    private final List<RuleProblem> slips = new ArrayList<>();

    private Section section = Section.OUTSIDE;
    private String construct;
    private String constructName;
    private int constructLine;
    private final Deque<Open> parentheses = new ArrayDeque<>();
    private int line = 1;
    private int column = 1;
    private boolean lineStart = true;

    private DrlStructure(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The slips found, in file order; empty when none of the usual ones explains the parse errors. */
    static List<RuleProblem> slips(String file, String text) {
        DrlStructure structure = new DrlStructure(file, text);
        structure.scan();
        return structure.slips;
    }

    private void scan() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                newLine();
                i++;
            } else if (c == '/' && next(i) == '/') {
                i = skipToEndOfLine(i);
            } else if (c == '/' && next(i) == '*') {
                i = skipComment(i);
            } else if (c == '"' || (c == '\'' && section != Section.CONSEQUENCE)) {
                i = skipString(i, c);
            } else if (c == '\'') {
                i = skipCharLiteral(i);
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                boolean member = i > 0 && text.charAt(i - 1) == '.';
                word(text.substring(i, end), member, end);
                column += end - i;
                lineStart = false;
                i = end;
            } else {
                if (c == '(' || c == ')') {
                    parenthesis(c);
                }
                if (!Character.isWhitespace(c)) {
                    lineStart = false;
                }
                column++;
                i++;
            }
        }
        if (section != Section.OUTSIDE) {
            unclosedParentheses();
            slips.add(RuleDiagnostics.problem(file, constructLine, 0, "drl.missingEnd", construct, constructName));
        }
    }

    private void word(String word, boolean member, int end) {
        boolean first = lineStart && !member;
        switch (section) {
            case OUTSIDE -> {
                if (first && (word.equals("rule") || word.equals("query") || word.equals("declare"))) {
                    open(word, end);
                }
            }
            case HEADER, CONDITIONS -> {
                if (first && (word.equals("rule") || word.equals("query") || word.equals("declare"))) {
                    missingEnd();
                    open(word, end);
                } else if (word.equals("when") && section == Section.HEADER && !member) {
                    section = Section.CONDITIONS;
                } else if (word.equals("then") && !member) {
                    unclosedParentheses();
                    section = Section.CONSEQUENCE;
                } else if (word.equals("end") && first && parentheses.isEmpty()) {
                    // inside parentheses, "end" at the start of a line is a property (FiledAction( ... end != null))
                    if (construct.equals("rule")) {
                        slips.add(RuleDiagnostics.problem(file, constructLine, 0, "drl.missingThen", constructName));
                    }
                    section = Section.OUTSIDE;
                }
            }
            case CONSEQUENCE -> {
                if (word.equals("end") && !member) {
                    section = Section.OUTSIDE;
                } else if (first && word.equals("rule") && followedByName(end)) {
                    missingEnd();
                    open(word, end);
                }
            }
        }
    }

    /** A rule's, query's or type's header begins: remember where, and its name when quoted. */
    private void open(String word, int end) {
        construct = word;
        constructLine = line;
        constructName = nameAfter(end);
        parentheses.clear();
        section = word.equals("rule") ? Section.HEADER : Section.CONDITIONS;
    }

    private void missingEnd() {
        unclosedParentheses();
        slips.add(RuleDiagnostics.problem(file, constructLine, 0, "drl.missingEnd", construct, constructName));
    }

    private void parenthesis(char c) {
        if (section != Section.HEADER && section != Section.CONDITIONS) {
            return; // a consequence is Java: its compiler places its own errors
        }
        if (c == '(') {
            parentheses.push(new Open(line, column));
        } else if (parentheses.isEmpty()) {
            slips.add(RuleDiagnostics.problem(file, line, column, "drl.extraParenthesis"));
        } else {
            parentheses.pop();
        }
    }

    /** The first parenthesis still open when the conditions end: the others are inside it. */
    private void unclosedParentheses() {
        if (!parentheses.isEmpty()) {
            Open first = parentheses.peekLast();
            slips.add(RuleDiagnostics.problem(file, first.line(), first.column(), "drl.unclosedParenthesis"));
            parentheses.clear();
        }
    }

    private boolean followedByName(int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\''
                || Character.isJavaIdentifierStart(text.charAt(i)));
    }

    private String nameAfter(int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            int close = text.indexOf(text.charAt(i), i + 1);
            int endOfLine = text.indexOf('\n', i);
            if (close > i && (endOfLine < 0 || close < endOfLine)) {
                return text.substring(i + 1, close);
            }
        }
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(i, end);
    }

    private char next(int i) {
        return i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    }

    private void newLine() {
        line++;
        column = 1;
        lineStart = true;
    }

    private int skipToEndOfLine(int i) {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        column += end - i;
        return end;
    }

    private int skipComment(int i) {
        int close = text.indexOf("*/", i + 2);
        int end = close < 0 ? text.length() : close + 2;
        for (int j = i; j < end; j++) {
            if (text.charAt(j) == '\n') {
                newLine();
            } else {
                column++;
            }
        }
        return end;
    }

    /** Skips a string; one still open at the end of its line is a slip, reported where it opened. */
    private int skipString(int i, char quote) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != quote && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= text.length() || text.charAt(j) != quote) {
            slips.add(RuleDiagnostics.problem(file, line, column, "drl.unterminatedString"));
            j = Math.min(j, text.length());
            column += j - i;
            lineStart = false;
            return j;
        }
        column += j + 1 - i;
        lineStart = false;
        return j + 1;
    }

    private int skipCharLiteral(int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '\'' && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(text.length(), j < text.length() && text.charAt(j) == '\'' ? j + 1 : j);
        column += j - i;
        lineStart = false;
        return j;
    }
}
