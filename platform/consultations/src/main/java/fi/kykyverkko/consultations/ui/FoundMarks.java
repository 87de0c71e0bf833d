package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import fi.kykyverkko.kernel.domain.Problems;
import java.util.Comparator;
import java.util.List;

/**
 * The asker's own text with what the identity guard found marked ({@code <mark>}, the reason as its title and read
 * out after it), shown under the field until it is removed. It lives only in this page: the text is not stored.
 */
public final class FoundMarks extends Div {

    public FoundMarks(String id) {
        setId(id);
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        setVisible(false);
    }

    /** Shows {@code text} with the findings of {@code field} among {@code problems}; hides itself when there are none. */
    public void show(String field, String text, Problems problems) {
        removeAll();
        getElement().removeAllChildren();
        List<Problems.Problem> found = problems.list().stream()
                .filter(p -> p.field().equals(field) && p.key().startsWith("guard.") && p.args().size() == 2)
                .sorted(Comparator.comparingInt(p -> (Integer) p.args().get(0))).toList();
        setVisible(!found.isEmpty() && text != null);
        if (found.isEmpty() || text == null) {
            return;
        }
        add(new Span(getTranslation("guard.found", found.size())));
        getElement().appendChild(new Element("br"));
        int at = 0;
        for (Problems.Problem p : found) {
            int start = Math.max(at, Math.min(text.length(), (Integer) p.args().get(0)));
            int end = Math.max(start, Math.min(text.length(), (Integer) p.args().get(1)));
            getElement().appendChild(Element.createText(text.substring(at, start)));
            String why = getTranslation(p.key());
            Element mark = new Element("mark");
            mark.setText(text.substring(start, end));
            mark.setAttribute("title", why);
            getElement().appendChild(mark);
            Element reason = new Element("span");
            reason.getClassList().add("found-why");
            reason.setText(" (" + why + ") ");
            reason.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-error-text-color)");
            getElement().appendChild(reason);
            at = end;
        }
        getElement().appendChild(Element.createText(text.substring(at)));
    }
}
