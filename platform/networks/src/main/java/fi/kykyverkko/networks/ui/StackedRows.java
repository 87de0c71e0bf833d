package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Records as stacked rows: the name as a button that opens the record, and under it a line of details that wraps.
 * Plain wrapping text instead of grid cells, so nothing is cut on a wide screen and nothing scrolls sideways on a
 * phone (a grid's columns at 390 px cut every cell). The name is a native button: a Vaadin button never wraps.
 */
final class StackedRows<T> extends UnorderedList {

    private final Function<T, String> name;
    private final Function<T, List<Component>> details;
    private final Consumer<T> open;

    StackedRows(String id, Function<T, String> name, Function<T, List<Component>> details, Consumer<T> open) {
        this.name = name;
        this.details = details;
        this.open = open;
        setId(id);
        setWidthFull();
        getStyle().set("list-style", "none").set("padding", "0").set("margin", "0").set("overflow-wrap", "anywhere");
    }

    void setItems(List<T> items) {
        removeAll();
        items.forEach(item -> add(row(item)));
    }

    private ListItem row(T item) {
        NativeButton title = new NativeButton(name.apply(item), e -> open.accept(item));
        title.addClassName("record-name");
        title.getStyle().set("font", "inherit").set("font-weight", "600").set("color", "var(--lumo-primary-text-color)")
                .set("background", "none").set("border", "0").set("padding", "var(--lumo-space-xs) 0").set("text-align", "start")
                .set("cursor", "pointer").set("text-decoration", "underline").set("white-space", "normal").set("min-height", "24px");
        Div line = new Div();
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("column-gap", "var(--lumo-space-m)")
                .set("row-gap", "var(--lumo-space-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        details.apply(item).forEach(line::add);
        ListItem row = new ListItem(title, line);
        row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        return row;
    }
}
