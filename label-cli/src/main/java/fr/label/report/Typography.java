package fr.label.report;

import fr.label.Language;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * French typography, and its English counterpart, in one place for every report: the text
 * reports of the command line as much as the HTML pages.
 *
 * <p>Ordinals agree in gender in French: "1er" (premier) for a masculine noun — a palmarès (le 24e
 * palmarès, le 1er palmarès), a day of the month (le 1er décembre), a rank (1er) — and "1re"
 * (première) for a feminine one — an édition (la 24e édition, la 1re édition). From 2 on, both
 * are "2e", "24e". English has "1st", "2nd", "24th" for both.
 *
 * <p>Numbers are grouped by three: "14 529" in French, "14,529" in English. The text reports use
 * a plain space, which every terminal aligns and every spreadsheet reads; the HTML pages use the
 * narrow no-break space of French typography, which never breaks a number across lines.
 */
public final class Typography {

    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private Typography() {
    }

    /** The ordinal for a masculine noun (palmarès, day of the month, rank): "1er", "24e"; "1st", "24th". */
    public static String ordinal(int n, Language language) {
        return language == Language.FR ? (n == 1 ? "1er" : n + "e") : english(n);
    }

    /** The ordinal for a feminine noun (édition): "1re", "24e"; "1st", "24th". */
    public static String ordinalFeminine(int n, Language language) {
        return language == Language.FR ? (n == 1 ? "1re" : n + "e") : english(n);
    }

    private static String english(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "1er décembre 2022" or "1 December 2022". */
    public static String date(LocalDate date, Language language) {
        if (language == Language.EN) {
            return date.getDayOfMonth() + " " + MONTHS_EN[date.getMonthValue() - 1] + " " + date.getYear();
        }
        return ordinalDay(date.getDayOfMonth()) + " " + MONTHS_FR[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String ordinalDay(int day) {
        return day == 1 ? ordinal(1, Language.FR) : String.valueOf(day);
    }

    /** A count in a text report: "14 529" in French (a plain space), "14,529" in English. */
    public static String number(long value, Language language) {
        String plain = String.format(Locale.ROOT, "%,d", value);
        return language == Language.EN ? plain : plain.replace(',', ' ');
    }

    /** A count in an HTML page: "14 529" in French (a narrow no-break space), "14,529" in English. */
    public static String numberInPage(long value, Language language) {
        return NumberFormat.getIntegerInstance(language == Language.EN ? Locale.ENGLISH : Locale.FRENCH).format(value);
    }
}
