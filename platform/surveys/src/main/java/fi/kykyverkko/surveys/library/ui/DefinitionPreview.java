package fi.kykyverkko.surveys.library.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kykyverkko.surveys.instruments.Band;
import fi.kykyverkko.surveys.instruments.ChoiceOption;
import fi.kykyverkko.surveys.instruments.FourLanguageText;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.Item;
import fi.kykyverkko.surveys.instruments.ItemType;
import fi.kykyverkko.surveys.instruments.MatrixRow;
import fi.kykyverkko.surveys.instruments.ScoreRule;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * A read-only look at a definition: every item with its type, scale, options or rows, its condition, and its text in
 * all four languages (fi, sv, en, plain Finnish); then every score rule and its bands in plain words.
 */
public class DefinitionPreview extends Div {

    public DefinitionPreview(String id, InstrumentDefinition definition) {
        setId(id);
        add(texts(definition.name()));
        add(new H4(getTranslation("library.preview.items", definition.items().size())));
        for (Item item : definition.items()) {
            Div box = new Div();
            box.getStyle().set("border-left", "3px solid var(--lumo-contrast-30pct)").set("padding-left", "0.6rem")
                    .set("margin-bottom", "0.8rem");
            Paragraph head = new Paragraph(item.id() + " – " + typeText(item) + (item.required() ? " – " + getTranslation("library.preview.required") : ""));
            head.getStyle().set("font-weight", "600").set("margin", "0");
            box.add(head);
            if (item.showIf() != null) {
                box.add(new Paragraph(getTranslation("library.preview.show-if", item.showIf().item(),
                        String.join(", ", item.showIf().values().stream().sorted().toList()))));
            }
            box.add(texts(item.text()));
            if (!item.options().isEmpty()) {
                UnorderedList options = new UnorderedList();
                for (ChoiceOption o : item.options()) {
                    options.add(new ListItem(o.code() + ": " + o.label().fi() + " / " + o.label().sv() + " / " + o.label().en()
                            + " / " + o.label().fiPlain()));
                }
                box.add(options);
            }
            if (!item.rows().isEmpty()) {
                UnorderedList rows = new UnorderedList();
                for (MatrixRow r : item.rows()) {
                    rows.add(new ListItem(item.id() + "." + r.id() + ": " + r.text().fi()));
                }
                box.add(rows);
            }
            add(box);
        }
        add(new H4(getTranslation("library.preview.scores", definition.scores().size())));
        UnorderedList scores = new UnorderedList();
        for (ScoreRule rule : definition.scores()) {
            scores.add(new ListItem(ruleText(rule)));
        }
        scores.setId(id + "-scores");
        add(scores);
    }

    private Div texts(FourLanguageText text) {
        Div texts = new Div();
        for (String language : FourLanguageText.LANGUAGES) {
            Paragraph line = new Paragraph();
            line.getStyle().set("margin", "0.1rem 0");
            Span code = new Span(getTranslation("library.language." + language) + ": ");
            code.getStyle().set("color", "var(--lumo-secondary-text-color)");
            line.add(code, new Span(text.in(language)));
            texts.add(line);
        }
        return texts;
    }

    private String typeText(Item item) {
        ItemType type = item.type() == ItemType.MATRIX ? item.rowScale() : item.type();
        String name = getTranslation("library.type." + item.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (item.type() == ItemType.MATRIX && type != null) {
            name += " (" + getTranslation("library.type." + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) + ")";
        }
        if (type != null && type.isScale()) {
            name += ", " + type.scaleValues().get(0) + "–" + type.scaleValues().get(type.scaleValues().size() - 1);
        }
        if (item.type() == ItemType.NUMBER && (item.min() != null || item.max() != null)) {
            name += ", " + plain(item.min()) + "–" + plain(item.max());
        }
        return name;
    }

    /** "wellbeing: the sum of cheerful, calm, … (at least 5 answered), × 4 + 0. Bands: up to 28 …; the rest …". */
    String ruleText(ScoreRule rule) {
        StringBuilder text = new StringBuilder(getTranslation(rule.method() == ScoreRule.Method.SUM ? "library.rule.sum" : "library.rule.mean",
                rule.code(), String.join(", ", rule.items()), rule.minAnswered()));
        if (rule.multiply().compareTo(BigDecimal.ONE) != 0 || rule.add().signum() != 0) {
            text.append(' ').append(getTranslation("library.rule.transform", plain(rule.multiply()), plain(rule.add())));
        }
        if (!rule.bands().isEmpty()) {
            text.append(' ').append(getTranslation("library.rule.bands")).append(' ');
            text.append(rule.bands().stream().map(this::bandText).collect(Collectors.joining("; ")));
        }
        return text.toString();
    }

    private String bandText(Band band) {
        String range = band.upTo() == null ? getTranslation("library.rule.band-rest") : getTranslation("library.rule.band-up-to", plain(band.upTo()));
        return range + " " + band.code() + " (" + band.label().fi() + ")";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
