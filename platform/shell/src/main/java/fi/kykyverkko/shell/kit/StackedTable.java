package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The kit's list for records with columns (networks' events, groups, people; the clients to come): a short list (tens of rows) as a table where there is room and as stacked cards where there is not (under 40rem
 * of its own width: a phone, a narrow dialog), each card showing a cell's header before its value. Vaadin's Grid
 * cut every cell on a phone ("Aikuiss…") and some on a desktop ("myöhä…"); here text wraps, and cells marked
 * {@code breakAnywhere} (e-mail addresses) break inside a word, so nothing is cut and nothing scrolls sideways.
 * The first column is the card's title; put the row's link or button there.
 */
public final class StackedTable<T> extends Div {

    /** Scoped to the class name, so the rules do not leak; a container query so the width of the list decides. */
    private static final String CSS = ".kv-stack{container-type:inline-size;width:100%}"
            + ".kv-stack table{width:100%;border-collapse:collapse}"
            + ".kv-stack th,.kv-stack td{text-align:start;vertical-align:top;padding:var(--lumo-space-xs) var(--lumo-space-s);"
            + "border-bottom:1px solid var(--lumo-contrast-20pct);overflow-wrap:break-word}"
            + ".kv-stack th{font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color);font-weight:600}"
            + ".kv-stack td.kv-break{overflow-wrap:anywhere}"
            + ".kv-stack td.kv-number{white-space:nowrap}"
            + ".kv-open{background:none;border:0;padding:0;margin:0;font:inherit;color:var(--lumo-primary-text-color);"
            + "text-align:start;text-decoration:underline;cursor:pointer;overflow-wrap:anywhere}"
            + "@container (max-width: 40rem){"
            + ".kv-stack thead{display:none}"
            + ".kv-stack table,.kv-stack tbody,.kv-stack tr,.kv-stack td{display:block;width:auto}"
            + ".kv-stack tr{border:1px solid var(--lumo-contrast-20pct);border-radius:var(--lumo-border-radius-m);"
            + "margin-bottom:var(--lumo-space-s);padding:var(--lumo-space-xs) var(--lumo-space-s)}"
            + ".kv-stack td{border:0;padding:2px 0;white-space:normal}"
            + ".kv-stack td[data-label]::before{content:attr(data-label) \": \";font-weight:600}"
            + ".kv-stack td.kv-title{font-weight:600}}";

    private record Column<T>(String header, Function<T, Component> cell, String cssClass) {
    }

    private final List<Column<T>> columns = new ArrayList<>();
    private final NativeTable table = new NativeTable();
    private final NativeTableHeader head = new NativeTableHeader();
    private final NativeTableBody body = new NativeTableBody();
    private final Paragraph empty = new Paragraph();
    private List<T> items = List.of();

    public StackedTable(String id) {
        setId(id);
        addClassName("kv-stack");
        Element style = new Element("style");
        style.setText(CSS);
        getElement().appendChild(style);
        table.add(head, body);
        empty.setVisible(false);
        add(table, empty);
    }

    /** A column of text. */
    public StackedTable<T> text(String header, Function<T, String> value) {
        return column(header, item -> new Text(value.apply(item) == null ? "" : value.apply(item)), null);
    }

    /** A column of text that may break inside a word (e-mail addresses, links). */
    public StackedTable<T> breakingText(String header, Function<T, String> value) {
        return column(header, item -> new Text(value.apply(item) == null ? "" : value.apply(item)), "kv-break");
    }

    /** A column of short figures or dates, kept on one line. */
    public StackedTable<T> figure(String header, Function<T, String> value) {
        return column(header, item -> new Text(value.apply(item)), "kv-number");
    }

    /** A column of components (a link, a button, a badge). */
    public StackedTable<T> component(String header, Function<T, Component> value) {
        return column(header, value, null);
    }

    private StackedTable<T> column(String header, Function<T, Component> cell, String cssClass) {
        columns.add(new Column<>(header, cell, cssClass));
        NativeTableRow headers = new NativeTableRow();
        columns.forEach(c -> {
            NativeTableHeaderCell th = new NativeTableHeaderCell(c.header());
            th.getElement().setAttribute("scope", "col");
            headers.add(th);
        });
        head.removeAll();
        head.addRows(headers);
        return this;
    }

    /** What the list says when it has no rows (else it says nothing). */
    public StackedTable<T> whenEmpty(String text) {
        empty.setText(text);
        return this;
    }

    public void setItems(Collection<T> rows) {
        items = List.copyOf(rows);
        body.removeAll();
        for (T item : items) {
            NativeTableRow row = new NativeTableRow();
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                NativeTableCell cell = new NativeTableCell(column.cell().apply(item));
                if (i == 0) {
                    cell.addClassName("kv-title"); // the card's title needs no label
                } else {
                    cell.getElement().setAttribute("data-label", column.header());
                }
                if (column.cssClass() != null) {
                    cell.addClassName(column.cssClass());
                }
                row.add(cell);
            }
            body.addRows(row);
        }
        table.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty() && !empty.getText().isEmpty());
    }

    /**
     * A row's first cell: a native button that opens the row, looking like a link. Not a vaadin-button, whose label
     * keeps to one line and ends in "…" on a phone.
     */
    public static NativeButton opener(String text, Runnable open) {
        NativeButton button = new NativeButton(text, e -> open.run());
        button.addClassName("kv-open");
        return button;
    }

    public List<T> items() {
        return items;
    }
}
