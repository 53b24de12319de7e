package fr.label.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: aligned columns separated by two spaces, an optional header. */
final class Table {

    enum Align { LEFT, RIGHT }

    private final List<String> headers;
    private final List<Align> aligns;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> headers, List<Align> aligns) {
        this.headers = headers;
        this.aligns = aligns;
    }

    /** Columns given as header/alignment pairs, e.g. {@code Table.of("name", LEFT, "count", RIGHT)}. */
    static Table of(Object... headersAndAligns) {
        List<String> headers = new ArrayList<>();
        List<Align> aligns = new ArrayList<>();
        for (int i = 0; i < headersAndAligns.length; i += 2) {
            headers.add((String) headersAndAligns[i]);
            aligns.add((Align) headersAndAligns[i + 1]);
        }
        return new Table(headers, aligns);
    }

    Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    int size() {
        return rows.size();
    }

    /** The lines of the table, each starting with {@code indent}, trailing spaces removed. */
    List<String> lines(String indent, boolean withHeader) {
        return lines(indent, withHeader, new int[0]);
    }

    /** The widths of the columns, at least the given ones: to align several tables alike. */
    int[] widths(boolean withHeader, int[] atLeast) {
        int columns = headers.size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(c < atLeast.length ? atLeast[c] : 0, withHeader ? PlainText.width(headers.get(c)) : 0);
            for (List<String> row : rows) {
                if (c < row.size()) {
                    widths[c] = Math.max(widths[c], PlainText.width(row.get(c)));
                }
            }
        }
        return widths;
    }

    /** The lines, with columns at least as wide as given. */
    List<String> lines(String indent, boolean withHeader, int[] atLeast) {
        int[] widths = widths(withHeader, atLeast);
        List<String> lines = new ArrayList<>();
        if (withHeader) {
            lines.add(line(indent, headers, widths));
        }
        for (List<String> row : rows) {
            lines.add(line(indent, row, widths));
        }
        return lines;
    }

    private String line(String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            if (c > 0) {
                line.append("  ");
            }
            line.append(aligns.get(c) == Align.RIGHT ? PlainText.padLeft(cell, widths[c]) : PlainText.padRight(cell, widths[c]));
        }
        return line.toString().stripTrailing();
    }
}
