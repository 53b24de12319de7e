package fr.label.cli;

import fr.label.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/** Option values shared by the commands, with converters whose errors say what was expected. */
final class Options {

    private Options() {
    }

    /** How evaluate and palmares print: a report for people, the library's JSON, or a spreadsheet's CSV. */
    enum ReportFormat { TEXT, JSON, CSV }

    /** How referentiel prints. */
    enum TableFormat { CSV, JSON }

    /** How rules prints: the plain listing, or the rule documentation in Markdown or HTML. */
    enum DocumentFormat { TEXT, MD, HTML }

    static final class DocumentFormatConverter implements ITypeConverter<DocumentFormat> {
        @Override
        public DocumentFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "text" -> DocumentFormat.TEXT;
                case "md", "markdown" -> DocumentFormat.MD;
                case "html" -> DocumentFormat.HTML;
                default -> throw new TypeConversionException("expected text, md or html, found '" + value + "'");
            };
        }
    }

    static final class ReportFormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "text" -> ReportFormat.TEXT;
                case "json" -> ReportFormat.JSON;
                case "csv" -> ReportFormat.CSV;
                default -> throw new TypeConversionException("expected text, json or csv, found '" + value + "'");
            };
        }
    }

    static final class TableFormatConverter implements ITypeConverter<TableFormat> {
        @Override
        public TableFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "csv" -> TableFormat.CSV;
                case "json" -> TableFormat.JSON;
                default -> throw new TypeConversionException("expected csv or json, found '" + value + "'");
            };
        }
    }

    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected fr or en, found '" + value + "'");
            }
        }
    }

    static final class ThreadsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int threads = Integer.parseInt(value.trim());
                if (threads >= 1) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("expected a number of threads, 1 or more, found '" + value + "'");
        }
    }
}
