package fr.label;

/** The languages explanations and reports are written in. French is the label's own language. */
public enum Language {
    /** French, the default. */
    FR,
    /** English. */
    EN;

    /**
     * Parses "fr" or "en", in any case.
     *
     * @param code the language's code
     * @return the language
     * @throws IllegalArgumentException for another code
     */
    public static Language of(String code) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "': expected fr or en");
    }
}
