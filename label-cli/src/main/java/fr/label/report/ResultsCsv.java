package fr.label.report;

import fr.label.result.ActionResult;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>Cells are safe to open in a spreadsheet ({@link SafeText#csvField}): a text starting with
 * {@code = + - @}, a tab or a carriage return is prefixed with a single quote and quoted, so
 * that it never runs as a formula; numbers are written as they are; control characters and bidi
 * overrides are replaced by visible ones.
 *
 * <p>{@code rules} and {@code library} say which rules made each row: the digest of the rule files'
 * text ({@code sha256:...}) and the library version, as {@link fr.label.RuleSetFingerprint} has them.
 */
public final class ResultsCsv {

    public static final String HEADER = "edition,code,name,type,departement,region,population,arobases,"
            + "eligibleActions,coveredEnjeux,strongEnjeux,coveredCategories,mentionsEligible,mentions,"
            + "excellence,validUntil,nextLevel,actionsFiled,actionsEligible,rules,library";

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

    /**
     * The last line of a CSV cut short because its edition failed half-way: one field saying so
     * and why, which no reader can take for a row of results.
     */
    public static String incompleteLine(String message) {
        return field(message) + EOL;
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
                result.actions().size(), result.actions().stream().filter(ActionResult::eligible).count(),
                result.rules() == null ? null : result.rules().digest(),
                result.rules() == null ? null : result.rules().library());
        return out.toString();
    }

    /**
     * Writes the CSV in UTF-8 with a byte order mark, so that spreadsheets open the accents
     * right (a CSV reader that does not expect it can use {@link #csv(Palmares)}); whole or not
     * at all ({@link StagedOutput}).
     */
    public static void write(Palmares palmares, Path file) {
        try (StagedOutput staged = StagedOutput.file(file)) {
            staged.stream().write(("\uFEFF" + csv(palmares)).getBytes(StandardCharsets.UTF_8));
            staged.commit();
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

    /** One field, quoted and neutralised for spreadsheets by {@link SafeText#csvField}. */
    static String field(Object value) {
        return SafeText.csvField(value);
    }
}
