package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Figures per month as a bar chart (SVG, drawn on the server: no chart library), with the same figures as a
 * table beside it for screen readers and for anyone who wants the numbers. A month has one charted figure
 * ({@code bar}) and the figures of the table's columns.
 */
public final class MonthChart {

    /** One month: the charted figure and the table's figures (in the order of the table's headers). */
    public record Month(YearMonth month, long bar, List<Long> figures) {
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/yy");

    private MonthChart() {
    }

    public static String svg(List<Month> months, String label) {
        int width = 640;
        int height = 200;
        int top = 20; // room for the figure above the tallest bar
        int barArea = height - 40 - top;
        long max = Math.max(1, months.stream().mapToLong(Month::bar).max().orElse(1));
        int slot = width / Math.max(1, months.size());
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + width + " " + height
                + "\" style=\"width:100%;max-width:48rem;height:auto\" aria-label=\"" + HtmlText.escape(label) + "\">");
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            int h = (int) Math.round((double) m.bar() / max * barArea);
            int x = i * slot + 6;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(top + barArea - h).append("\" width=\"").append(slot - 12)
                    .append("\" height=\"").append(h).append("\" fill=\"#1f5f8b\"/>");
            svg.append("<text x=\"").append(x + (slot - 12) / 2).append("\" y=\"").append(top + barArea - h - 5)
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1b1b1b\">").append(m.bar()).append("</text>");
            svg.append("<text x=\"").append(x + (slot - 12) / 2).append("\" y=\"").append(height - 10)
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1b1b1b\">").append(MONTH.format(m.month())).append("</text>");
        }
        return "<div>" + svg.append("</svg>") + "</div>";
    }

    /** The table: a month column and one column per figure; {@code id} for the table element. */
    public static Div table(List<Month> months, String id, String monthHeader, String... figureHeaders) {
        NativeTable table = new NativeTable();
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow(new NativeTableHeaderCell(monthHeader));
        for (String h : figureHeaders) {
            header.add(new NativeTableHeaderCell(h));
        }
        head.addRows(header);
        NativeTableBody body = new NativeTableBody();
        for (Month m : months) {
            NativeTableRow row = new NativeTableRow(new NativeTableCell(MONTH.format(m.month())));
            m.figures().forEach(f -> row.add(new NativeTableCell(String.valueOf(f))));
            body.addRows(row);
        }
        table.add(head, body);
        table.setId(id);
        return new Div(table);
    }
}
