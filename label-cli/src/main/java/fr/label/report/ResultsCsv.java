package fr.label.report;

import fr.label.result.ActionResult;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The results of an edition as CSV, one row per collectivité in the order of {@link Palmares#results()}, for
 * spreadsheet users: RFC 4180 (comma separator, CRLF line ends, fields holding a comma, a
 * quote or a line end are quoted and their quotes doubled), with a header row.
 *
 * <p>Columns: {@value #HEADER}. {@code type} and the mention and excellence columns hold the
 * library's codes ({@code VILLE}, {@code AROBASE_VERTE}, {@code AWARDED}); several mentions are
 * joined with ';'; an absent value (no population, no next level at 5@) is an empty field.
 */
public final class ResultsCsv {

    public static final String HEADER = "edition,code,name,type,departement,region,population,arobases,"
            + "eligibleActions,coveredEnjeux,strongEnjeux,coveredCategories,mentionsEligible,mentions,"
            + "excellence,validUntil,nextLevel,actionsFiled,actionsEligible";

    private static final String EOL = "\r\n";

    private ResultsCsv() {
    }

    /** The CSV text of an edition's results, header first. */
    public static String csv(Palmares palmares) {
        return csv(palmares.results());
    }

    /** The CSV text of some results (one, for a dossier evaluated alone), header first. */
    public static String csv(List<Result> results) {
        StringBuilder out = new StringBuilder(HEADER.length() + 160 * results.size());
        out.append(HEADER).append(EOL);
        for (Result result : results) {
            out.append(line(result));
        }
        return out.toString();
    }

    /** The header line, with its line end: the first thing a streamed CSV writes. */
    public static String headerLine() {
        return HEADER + EOL;
    }

    /** One result's row, with its line end, for results written as they come. */
    public static String line(Result result) {
        StringBuilder out = new StringBuilder(200);
        var c = result.collectivite();
        row(out,
                result.edition(), c.code(), c.name(), c.type().name(), c.departement(), c.region(),
                c.population(), result.arobases(),
                result.eligibleActions(), result.coveredEnjeux(), result.strongEnjeux(), result.coveredCategories(),
                codes(result.mentionsEligible()), codes(result.mentions()),
                result.excellence().status().name(), result.excellence().validUntil(),
                result.nextLevel() == null ? null : result.nextLevel().arobases(),
                result.actions().size(), result.actions().stream().filter(ActionResult::eligible).count());
        return out.toString();
    }

    /**
     * Writes the CSV in UTF-8 with a byte order mark, so that spreadsheets open the accents
     * right (a CSV reader that does not expect it can use {@link #csv(Palmares)}).
     */
    public static void write(Palmares palmares, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, "\uFEFF" + csv(palmares), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String codes(List<Mention> mentions) {
        return mentions.stream().map(Mention::code).collect(Collectors.joining(";"));
    }

    private static void row(StringBuilder out, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append(EOL);
    }

    /** One field: as is, or quoted with its quotes doubled when it holds a comma, a quote or a line end. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' ' || text.endsWith(" ")));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
