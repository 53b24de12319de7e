package fr.label.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import fr.label.dossier.InputProblem;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads typed fields out of JSON objects, recording a problem with the JSON path and what was
 * expected for every value that does not fit, instead of failing at the first one.
 */
public final class JsonFields {

    /**
     * Dates already read, one instance each: an edition of every commune of France repeats a few
     * thousand dates millions of times, and its results keep them (in explanations) until the
     * mention awards. LocalDate is immutable, so sharing an instance is safe.
     */
    private static final Map<String, LocalDate> DATES = new ConcurrentHashMap<>();
    private static final int DATES_REMEMBERED = 50_000;

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();

    public JsonFields(String file) {
        this.file = file;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    public void problem(String path, String message) {
        problems.add(new InputProblem(file, path, message));
    }

    public static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Records every field of {@code node} not in {@code known}: a misspelt optional field would otherwise be a silent default. */
    public void onlyKnownFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(at(path, InputProblem.printable(name)), "unknown field " + InputProblem.quote(name)
                        + "; expected one of " + String.join(", ", known));
            }
        }
    }

    public boolean isObject(JsonNode node, String path) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            problem(path, "expected an object, found nothing");
            return false;
        }
        if (!node.isObject()) {
            problem(path, "expected an object, found " + describe(node));
            return false;
        }
        return true;
    }

    public String string(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        String here = at(path, field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(here, "expected a string, found nothing");
            }
            return null;
        }
        if (!node.isTextual()) {
            problem(here, "expected a string, found " + describe(node));
            return null;
        }
        return node.textValue();
    }

    public Integer integer(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        String here = at(path, field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(here, "expected an integer, found nothing");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(here, "expected an integer, found " + describe(node));
            return null;
        }
        return node.intValue();
    }

    public boolean bool(JsonNode parent, String field, String path, boolean absent) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (!node.isBoolean()) {
            problem(at(path, field), "expected true or false, found " + describe(node));
            return absent;
        }
        return node.booleanValue();
    }

    public LocalDate date(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        String here = at(path, field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(here, "expected a date yyyy-mm-dd, found nothing");
            }
            return null;
        }
        LocalDate date = node.isTextual() ? isoDate(node.textValue()) : null;
        if (date == null) {
            problem(here, "expected a date yyyy-mm-dd, found " + describe(node));
        }
        return date;
    }

    /**
     * The date written yyyy-mm-dd, or null when the text has another shape or names a day that
     * does not exist. Read by hand: a national edition holds millions of dates, and a regular
     * expression plus the ISO formatter was most of the reading time.
     */
    public static LocalDate isoDate(String text) {
        LocalDate known = DATES.get(text);
        if (known != null) {
            return known;
        }
        LocalDate date = parseIsoDate(text);
        if (date != null && DATES.size() < DATES_REMEMBERED) {
            DATES.put(text, date);
        }
        return date;
    }

    private static LocalDate parseIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The elements of an array field; an absent optional array is empty. */
    public List<JsonNode> array(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        String here = at(path, field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(here, "expected an array, found nothing");
            }
            return List.of();
        }
        if (!node.isArray()) {
            problem(here, "expected an array, found " + describe(node));
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.forEach(elements::add);
        return elements;
    }

    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return InputProblem.quote(text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node instanceof com.fasterxml.jackson.databind.node.POJONode written) {
            return String.valueOf(written.getPojo());
        }
        return node.toString();
    }
}
