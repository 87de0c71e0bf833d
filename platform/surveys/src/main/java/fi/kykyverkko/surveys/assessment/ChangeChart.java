package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.shell.kit.HtmlText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The change chart of one score: its value at each point of the schedule (start → about 6 months → end) as points
 * joined by a line, drawn as SVG on the server (no chart library, as {@code shell.kit.MonthChart}). Narrow enough for
 * a phone (a 320 × 180 view box that scales). A point without a value (not answered yet) leaves a gap. The figures
 * are always given as a table beside it too ({@code ui.ChangeChartPanel}); the SVG itself is labelled for screen
 * readers with {@code label}. Pure: the geometry is tested on its own.
 */
public final class ChangeChart {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 180;
    static final int LEFT = 40;
    static final int RIGHT = 20;
    static final int TOP = 16;
    static final int BOTTOM = 36;

    /** One point of the chart: its label (the schedule point's name), its value or null, the band's words or null. */
    public record Point(String label, BigDecimal value, String band) {
    }

    /** Where a point is drawn; {@code y} is NaN for a point without a value. */
    public record Place(double x, double y) {
        public boolean drawn() {
            return !Double.isNaN(y);
        }
    }

    private ChangeChart() {
    }

    /** The places of the points on the axis {@code range}: evenly across, higher values higher up. */
    public static List<Place> places(List<Point> points, ScoreRange range) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double span = range.max().subtract(range.min()).doubleValue();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double x = points.size() == 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * i / (points.size() - 1);
            BigDecimal v = points.get(i).value();
            double y = Double.NaN;
            if (v != null) {
                double clamped = Math.max(range.min().doubleValue(), Math.min(range.max().doubleValue(), v.doubleValue()));
                y = span <= 0 ? TOP + plotHeight / 2 : TOP + plotHeight * (range.max().doubleValue() - clamped) / span;
            }
            places.add(new Place(round(x), round(y)));
        }
        return places;
    }

    public static String svg(List<Point> points, ScoreRange range, String label) {
        List<Place> places = places(points, range);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" style=\"width:100%;max-width:32rem;height:auto\" aria-label=\"")
                .append(escape(label)).append("\">");
        int bottom = HEIGHT - BOTTOM;
        // the axis: its ends and the baseline
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"").append(bottom)
                .append("\" stroke=\"#6b6b6b\"/>");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"")
                .append(bottom).append("\" stroke=\"#6b6b6b\"/>");
        svg.append(text(LEFT - 6, TOP + 4, "end", plain(range.max())));
        svg.append(text(LEFT - 6, bottom, "end", plain(range.min())));
        // the line, broken where a value is missing
        StringBuilder line = new StringBuilder();
        for (Place p : places) {
            if (p.drawn()) {
                line.append(line.isEmpty() ? "" : " ").append(num(p.x())).append(',').append(num(p.y()));
            } else if (!line.isEmpty()) {
                svg.append(polyline(line));
                line.setLength(0);
            }
        }
        if (!line.isEmpty()) {
            svg.append(polyline(line));
        }
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            Point point = points.get(i);
            if (p.drawn()) {
                svg.append("<circle cx=\"").append(num(p.x())).append("\" cy=\"").append(num(p.y()))
                        .append("\" r=\"5\" fill=\"#1f5f8b\"/>");
                svg.append(text(p.x(), Math.max(12, p.y() - 9), "middle", plain(point.value())));
            }
            svg.append(text(p.x(), HEIGHT - 12, "middle", point.label()));
        }
        return "<div>" + svg.append("</svg>") + "</div>";
    }

    private static String polyline(CharSequence points) {
        return "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"2\"/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"12\" text-anchor=\"" + anchor + "\" fill=\"#1b1b1b\">"
                + escape(content) + "</text>";
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static String num(double v) {
        return plain(BigDecimal.valueOf(v));
    }

    private static String escape(String text) {
        return HtmlText.escape(text == null ? "" : text);
    }
}
