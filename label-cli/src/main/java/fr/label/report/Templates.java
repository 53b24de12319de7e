package fr.label.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.HtmlTemplateOutput;

import java.util.Locale;

/**
 * The pages' templates ({@code label-cli/src/main/jte}), compiled to classes at build time by
 * jte-maven-plugin, rendered with the project's one escaper ({@link Html#esc}): every
 * {@code ${...}} of a template is escaped, and a value of the data written where escaping cannot
 * make it safe (in a script, a style, an event handler) fails the page instead of reaching it.
 */
public final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "fr.label.templates");

    private Templates() {
    }

    /**
     * Renders a template with its model.
     *
     * @param template the template's file name, e.g. {@code dossier.jte}
     * @param model    its {@code @param}
     * @return the page
     */
    public static String render(String template, Object model) {
        PageOutput output = new PageOutput();
        ENGINE.render(template, model, output);
        return output.toString();
    }

    /** The output of a page: markup as it is, values of the data through {@link Html#esc}. */
    private static final class PageOutput implements HtmlTemplateOutput {
        private final StringBuilder out = new StringBuilder(32 * 1024);
        private String tag;
        private String attribute;

        @Override
        public void setContext(String tagName, String attributeName) {
            this.tag = tagName;
            this.attribute = attributeName;
        }

        @Override
        public void writeContent(String value) {
            out.append(value);
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            out.append(value, beginIndex, endIndex);
        }

        @Override
        public void writeUserContent(String value) {
            if (value == null) {
                return;
            }
            String where = attribute == null ? "" : attribute.toLowerCase(Locale.ROOT);
            if ("script".equals(tag) || "style".equals(tag) || where.startsWith("on") || where.equals("style")) {
                throw new IllegalStateException("a text value in <" + tag + (attribute == null ? "" : " " + attribute)
                        + ">, where escaping cannot make it safe");
            }
            out.append(Html.esc(value));
        }

        /** A number is safe anywhere, a style's width included. */
        @Override
        public void writeUserContent(Number value) {
            if (value != null) {
                out.append(value);
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
