package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fi.kykyverkko.networks.events.MonthCount;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Participants per month as a bar chart (SVG, drawn on the server: no chart library), with the same figures as
 * a table beside it for screen readers and for anyone who wants the numbers.
 */
final class MonthChart {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/yy");

    private MonthChart() {
    }

    static String svg(List<MonthCount> months, String label, Locale locale) {
        int width = 640;
        int height = 200;
        int top = 20; // room for the figure above the tallest bar
        int barArea = height - 40 - top;
        long max = Math.max(1, months.stream().mapToLong(MonthCount::participants).max().orElse(1));
        int slot = width / Math.max(1, months.size());
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + width + " " + height
                + "\" style=\"width:100%;max-width:48rem;height:auto\" aria-label=\"" + fi.kykyverkko.networks.catalogue.PublicCatalogueServlet.escape(label) + "\">");
        for (int i = 0; i < months.size(); i++) {
            MonthCount m = months.get(i);
            int h = (int) Math.round((double) m.participants() / max * barArea);
            int x = i * slot + 6;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(top + barArea - h).append("\" width=\"").append(slot - 12)
                    .append("\" height=\"").append(h).append("\" fill=\"#1f5f8b\"/>");
            svg.append("<text x=\"").append(x + (slot - 12) / 2).append("\" y=\"").append(top + barArea - h - 5)
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1b1b1b\">").append(m.participants()).append("</text>");
            svg.append("<text x=\"").append(x + (slot - 12) / 2).append("\" y=\"").append(height - 10)
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1b1b1b\">").append(MONTH.format(m.month())).append("</text>");
        }
        return "<div>" + svg.append("</svg>") + "</div>";
    }

    static Div table(List<MonthCount> months, String monthHeader, String eventsHeader, String participantsHeader) {
        NativeTable table = new NativeTable();
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(new NativeTableHeaderCell(monthHeader), new NativeTableHeaderCell(eventsHeader),
                new NativeTableHeaderCell(participantsHeader)));
        NativeTableBody body = new NativeTableBody();
        for (MonthCount m : months) {
            body.addRows(new NativeTableRow(new NativeTableCell(MONTH.format(m.month())), new NativeTableCell(String.valueOf(m.events())),
                    new NativeTableCell(String.valueOf(m.participants()))));
        }
        table.add(head, body);
        table.setId("events-per-month");
        return new Div(table);
    }
}
