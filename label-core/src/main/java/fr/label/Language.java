package fr.label;

/** The languages explanations and reports are written in. French is the label's own language. */
public enum Language {
    FR, EN;

    /** Parses "fr" or "en", in any case. */
    public static Language of(String code) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "': expected fr or en");
    }
}
