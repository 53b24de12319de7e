package fr.label.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what in a page would reach outside it: absolute URLs, protocol-relative addresses, CSS imports. */
final class ExternalUrls {

    private static final Pattern ABSOLUTE = Pattern.compile("(?i)\\b(?:https?|ftp|wss?):");
    private static final Pattern PROTOCOL_RELATIVE =
            Pattern.compile("(?i)\\b(?:src|href|action|srcset|poster|data|xlink:href|formaction)\\s*=\\s*[\"']?\\s*//");
    private static final Pattern CSS_IMPORT = Pattern.compile("(?i)@import");
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*[\"']?\\s*(?!data:|#)");

    private ExternalUrls() {
    }

    /** Each offending piece of the page with a little context; empty when the page is self-contained. */
    static List<String> in(String page) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(ABSOLUTE, PROTOCOL_RELATIVE, CSS_IMPORT, CSS_URL)) {
            Matcher matcher = pattern.matcher(page);
            while (matcher.find()) {
                int from = Math.max(0, matcher.start() - 40);
                int to = Math.min(page.length(), matcher.end() + 40);
                found.add(pattern.pattern() + " at " + matcher.start() + ": "
                        + page.substring(from, to).replace('\n', ' ').toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
