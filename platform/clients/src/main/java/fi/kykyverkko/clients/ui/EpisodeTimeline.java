package fi.kykyverkko.clients.ui;

import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.PhaseDays;
import fi.kykyverkko.shell.kit.HtmlText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The client's episodes on one time axis (SVG drawn on the server): a bar per episode from its start to its end (or
 * today), coloured by phase, with the years marked and a legend of the phases. A picture of what the episode tables
 * below it say in words and figures; those tables are its text alternative.
 */
final class EpisodeTimeline {

    /** Colours with at least 3:1 contrast to white (WCAG 1.4.11), one per phase in the region's order. */
    private static final String[] COLOURS = {"#1f5f8b", "#2e7d32", "#8e24aa", "#b34700", "#00727d", "#5d4037", "#ad1457"};
    private static final int WIDTH = 640;
    private static final int ROW = 40;

    private EpisodeTimeline() {
    }

    /**
     * @param phaseOrder the region's phase codes in order (the colour of each)
     * @param serviceName the service's name for an episode
     * @param phaseName a phase's name for its code
     */
    static String svg(List<Episode> episodes, List<String> phaseOrder, Function<Episode, String> serviceName,
            Function<String, String> phaseName, LocalDate today, String label) {
        List<Episode> ordered = episodes.stream().sorted(Comparator.comparing(Episode::getStartedOn)).toList();
        LocalDate first = ordered.get(0).getStartedOn();
        LocalDate last = ordered.stream().map(e -> e.isEnded() ? e.getEndedOn() : today).max(LocalDate::compareTo).orElse(today);
        double span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        Map<String, String> colours = new LinkedHashMap<>();
        for (int i = 0; i < phaseOrder.size(); i++) {
            colours.put(phaseOrder.get(i), COLOURS[i % COLOURS.length]);
        }
        int legendRows = (colours.size() + 2) / 3;
        int height = ordered.size() * ROW + 28 + legendRows * 20;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + WIDTH + " "
                + height + "\" style=\"width:100%;max-width:48rem;height:auto\" aria-label=\"" + HtmlText.escape(label) + "\">");
        for (int row = 0; row < ordered.size(); row++) {
            Episode e = ordered.get(row);
            int y = row * ROW;
            svg.append(text(0, y + 13, "start", serviceName.apply(e)));
            for (PhaseDays p : e.phaseDays(today)) {
                if (Episode.ENDED.equals(p.phase())) {
                    continue;
                }
                double x = ChronoUnit.DAYS.between(first, p.from()) / span * WIDTH;
                double w = Math.max(2, p.days() / span * WIDTH);
                svg.append("<rect x=\"").append(round(x)).append("\" y=\"").append(y + 18).append("\" width=\"").append(round(w))
                        .append("\" height=\"16\" fill=\"").append(colours.getOrDefault(p.phase(), "#555555")).append("\"><title>")
                        .append(HtmlText.escape(phaseName.apply(p.phase()) + ": " + p.days())).append("</title></rect>");
            }
        }
        int axis = ordered.size() * ROW + 14;
        for (int year = first.getYear() + 1; year <= last.getYear(); year++) {
            double x = ChronoUnit.DAYS.between(first, LocalDate.of(year, 1, 1)) / span * WIDTH;
            svg.append("<line x1=\"").append(round(x)).append("\" x2=\"").append(round(x)).append("\" y1=\"0\" y2=\"").append(axis - 12)
                    .append("\" stroke=\"#767676\" stroke-dasharray=\"3 3\"/>");
            svg.append(text(x, axis, "middle", String.valueOf(year)));
        }
        int i = 0;
        for (Map.Entry<String, String> phase : colours.entrySet()) {
            if (Episode.ENDED.equals(phase.getKey())) {
                continue;
            }
            int x = (i % 3) * (WIDTH / 3);
            int y = axis + 12 + (i / 3) * 20;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(phase.getValue()).append("\"/>").append(text(x + 16, y + 11, "start", phaseName.apply(phase.getKey())));
            i++;
        }
        return "<div>" + svg.append("</svg>") + "</div>";
    }

    private static String text(double x, int y, String anchor, String text) {
        return "<text x=\"" + round(x) + "\" y=\"" + y + "\" font-size=\"13\" text-anchor=\"" + anchor + "\" fill=\"#1b1b1b\">"
                + HtmlText.escape(text) + "</text>";
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
