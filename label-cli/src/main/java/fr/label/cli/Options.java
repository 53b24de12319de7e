package fr.label.cli;

import fr.label.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/** Option values shared by the commands, with converters whose errors say what was expected. */
final class Options {

    private Options() {
    }

    /** --html writes pages instead of printing; --output writes what is printed: one or the other. */
    static void htmlOrOutput(Path html, Path output, CommandSpec spec, Language language) {
        if (html != null && output != null) {
            throw new ParameterException(spec.commandLine(), UsageText.HTML_OR_OUTPUT.in(language));
        }
    }

    /**
     * A value a converter refuses, said in both languages: the converters run before the command's
     * --lang is known, so the usage error picks the text ({@link Failures#usageError}). Its message is
     * the English text, which picocli wraps as "Invalid value for option '--x': ...".
     */
    static final class InvalidValue extends TypeConversionException {
        private static final long serialVersionUID = 1L;
        private final transient Function<Language, String> text;

        InvalidValue(Function<Language, String> text) {
            super(text.apply(Language.EN));
            this.text = text;
        }

        String text(Language language) {
            return text.apply(language);
        }
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
                default -> throw new InvalidValue(language -> UsageText.EXPECTED.in(language,
                        UsageText.oneOf(language, "text", "md", "html"), value));
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
                default -> throw new InvalidValue(language -> UsageText.EXPECTED.in(language,
                        UsageText.oneOf(language, "text", "json", "csv"), value));
            };
        }
    }

    static final class TableFormatConverter implements ITypeConverter<TableFormat> {
        @Override
        public TableFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "csv" -> TableFormat.CSV;
                case "json" -> TableFormat.JSON;
                default -> throw new InvalidValue(language -> UsageText.EXPECTED.in(language,
                        UsageText.oneOf(language, "csv", "json"), value));
            };
        }
    }

    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.of(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidValue(language -> UsageText.EXPECTED.in(language, UsageText.oneOf(language, "fr", "en"), value));
            }
        }
    }

    /**
     * The most threads an edition is evaluated on: more than the processors do not go faster, and
     * each thread holds the sessions of the dossiers it evaluates.
     */
    static final int MAX_THREADS = 256;

    static final class ThreadsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int threads = Integer.parseInt(value.trim());
                if (threads >= 1 && threads <= MAX_THREADS) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidValue(language -> UsageText.EXPECTED_THREADS.in(language, String.valueOf(MAX_THREADS), value));
        }
    }

    static final class MaxFiringsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int limit = Integer.parseInt(value.trim());
                if (limit >= 1) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidValue(language -> UsageText.EXPECTED_FIRINGS.in(language, String.valueOf(Integer.MAX_VALUE),
                    value));
        }
    }
}
