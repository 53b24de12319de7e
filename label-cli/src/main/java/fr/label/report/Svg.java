package fr.label.report;

import fr.label.Language;
import fr.label.dossier.CollectiviteType;

import java.util.List;
import java.util.Map;

import static fr.label.report.Html.esc;

/** The pictures of the pages, drawn as inline SVG: no script, no file, nothing fetched. */
final class Svg {

    /** One colour per type of collectivité, in the order of {@link CollectiviteType}; each at least 4.5:1 on white. */
    static final Map<CollectiviteType, String> TYPE_COLOURS = Map.of(
            CollectiviteType.VILLAGE, "#5757d9",
            CollectiviteType.VILLE, "#000091",
            CollectiviteType.INTERCOMMUNALITE, "#b3141a");

    private Svg() {
    }

    /**
     * A grouped bar chart of the participants by level (1@ to 5@), one bar per type in each
     * group, each bar with its value written above it.
     */
    static String levelsChart(Map<Integer, Map<CollectiviteType, Integer>> byArobases, Language language) {
        List<CollectiviteType> types = List.of(CollectiviteType.values());
        int width = 560;
        int height = 300;
        int left = 40;
        int right = 12;
        int top = 26;
        int bottom = 44;
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        int max = 0;
        for (int level = 1; level <= 5; level++) {
            for (CollectiviteType type : types) {
                max = Math.max(max, count(byArobases, level, type));
            }
        }
        int step = niceStep(max);
        int axisMax = Math.max(step, ((max + step - 1) / step) * step);

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"levels-chart-title levels-chart-desc\" ")
                .append("focusable=\"false\" preserveAspectRatio=\"xMidYMid meet\">")
                .append("<title id=\"levels-chart-title\">").append(esc(Text.LEVELS.in(language))).append("</title>")
                .append("<desc id=\"levels-chart-desc\">").append(esc(Text.LEVELS_CHART_DESC.in(language)))
                .append("</desc>");
        // Grid lines and their values.
        for (int tick = 0; tick <= axisMax; tick += step) {
            double y = top + plotHeight - (double) tick / axisMax * plotHeight;
            svg.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(width - right)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(left - 8).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(Typography.numberInPage(tick, language)).append("</text>");
        }
        double group = (double) plotWidth / 5;
        double barWidth = Math.min(30, group * 0.8 / types.size());
        double gap = 3;
        double groupBars = types.size() * barWidth + (types.size() - 1) * gap;
        for (int level = 1; level <= 5; level++) {
            double x0 = left + (level - 1) * group + (group - groupBars) / 2;
            for (int t = 0; t < types.size(); t++) {
                CollectiviteType type = types.get(t);
                int value = count(byArobases, level, type);
                double h = (double) value / axisMax * plotHeight;
                double x = x0 + t * (barWidth + gap);
                double y = top + plotHeight - h;
                svg.append("<g class=\"bar\"><rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                        .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(h))
                        .append("\" fill=\"").append(TYPE_COLOURS.get(type)).append("\">")
                        .append("<title>").append(esc(type.label(language) + " " + level + "@ : " + value))
                        .append("</title></rect>")
                        .append("<text class=\"value\" x=\"").append(fmt(x + barWidth / 2)).append("\" y=\"")
                        .append(fmt(y - 5)).append("\" text-anchor=\"middle\">").append(Typography.numberInPage(value, language))
                        .append("</text></g>");
            }
            svg.append("<text class=\"level\" x=\"").append(fmt(left + (level - 0.5) * group)).append("\" y=\"")
                    .append(top + plotHeight + 28).append("\" text-anchor=\"middle\">").append(level).append("@</text>");
        }
        svg.append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(width - right)
                .append("\" y1=\"").append(top + plotHeight).append("\" y2=\"").append(top + plotHeight).append("\"/>");
        return svg.append("</svg>").toString();
    }

    private static int count(Map<Integer, Map<CollectiviteType, Integer>> byArobases, int level, CollectiviteType type) {
        return byArobases.getOrDefault(level, Map.of()).getOrDefault(type, 0);
    }

    /** 1, 2, 5, 10, 20, 50... so that the axis has at most 5 steps. */
    static int niceStep(int max) {
        int step = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if ((long) step * factor * 5 >= max) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /**
     * The sign at the entrance of the town: the word of its label ("VILLE INTERNET") above the
     * arobases it obtained, in bold blue, the missing ones up to 5 shown faint.
     */
    static String sign(CollectiviteType type, int arobases, int edition, Language language) {
        String word = switch (type) {
            case VILLAGE -> Text.SIGN_WORD_VILLAGE.in(language);
            case VILLE -> Text.SIGN_WORD_VILLE.in(language);
            case INTERCOMMUNALITE -> Text.SIGN_WORD_INTERCOMMUNALITE.in(language);
        };
        String alt = Text.SIGN_ALT.in(language, word, arobases + "@");
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg class=\"sign\" viewBox=\"0 0 400 250\" role=\"img\" aria-labelledby=\"sign-title\" ")
                .append("focusable=\"false\" data-arobases=\"").append(arobases).append("\">")
                .append("<title id=\"sign-title\">").append(esc(alt)).append("</title>")
                // Two posts, then the panel: white, red border, black letters, as a French town sign.
                .append("<rect x=\"92\" y=\"170\" width=\"14\" height=\"80\" fill=\"#6b6b6b\"/>")
                .append("<rect x=\"294\" y=\"170\" width=\"14\" height=\"80\" fill=\"#6b6b6b\"/>")
                .append("<rect x=\"8\" y=\"8\" width=\"384\" height=\"180\" rx=\"18\" fill=\"#ffffff\" ")
                .append("stroke=\"#c9191e\" stroke-width=\"12\"/>")
                .append("<rect x=\"22\" y=\"22\" width=\"356\" height=\"152\" rx=\"8\" fill=\"none\" ")
                .append("stroke=\"#1e1e1e\" stroke-width=\"1.5\"/>")
                .append("<text x=\"200\" y=\"62\" text-anchor=\"middle\" class=\"sign-word\">").append(esc(word))
                .append("</text>");
        double slot = 62;
        double x0 = 200 - slot * 2;
        for (int i = 1; i <= 5; i++) {
            boolean got = i <= arobases;
            svg.append("<text x=\"").append(fmt(x0 + (i - 1) * slot)).append("\" y=\"130\" text-anchor=\"middle\" ")
                    .append("class=\"").append(got ? "sign-at" : "sign-at sign-at-off").append("\">@</text>");
        }
        svg.append("<text x=\"200\" y=\"161\" text-anchor=\"middle\" class=\"sign-year\">").append(edition)
                .append("</text>");
        return svg.append("</svg>").toString();
    }
}
