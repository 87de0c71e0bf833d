package fi.kykyverkko.surveys.answering;

import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.ChoiceOption;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.Item;
import fi.kykyverkko.surveys.instruments.ItemType;
import fi.kykyverkko.surveys.instruments.MatrixRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An instrument as an HTML form for phones, independent of surveys (self-assessment renders the same): every item
 * type, in fi/sv/en or plain Finnish, scale end points labelled ({@code respond.scale.*}), touch targets at least
 * 48 px high, problems in the respondent's language beside their items (and a summary on top), and conditional
 * display that is live without JavaScript (a CSS {@code :has()} rule per condition; the server drops what stayed
 * hidden, {@link Shown}). {@link #read} turns the posted fields back into an {@link AnswerSet}. No script at all,
 * so it works on any phone and with screen readers; the form's action and hidden fields are the caller's.
 */
public final class InstrumentForm {

    /** Posted field names are this prefix and the answer key ({@code a.mood}, {@code a.cooperation.q23}). */
    public static final String FIELD = "a.";

    private InstrumentForm() {
    }

    /** The answers in posted fields ({@code request.getParameterMap()}). */
    public static AnswerSet read(Map<String, String[]> fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.forEach((name, given) -> {
            if (name.startsWith(FIELD)) {
                values.put(name.substring(FIELD.length()), List.of(given));
            }
        });
        return new AnswerSet(values);
    }

    /** The CSS of the form; {@code accent} is the region's text colour (4.5:1 on white). */
    public static String css(InstrumentDefinition definition, String accent) {
        StringBuilder css = new StringBuilder(
                "fieldset,.item{border:0;margin:0 0 1.5rem;padding:0}legend,.q{font-weight:600;font-size:1.1rem;margin-bottom:.5rem;padding:0}"
                        + ".choices{display:grid;gap:.4rem}.scale{display:flex;flex-wrap:wrap;gap:.4rem}"
                        + ".choices label,.scale label{display:flex;align-items:center;gap:.6rem;min-height:48px;padding:.3rem .8rem;"
                        + "border:1px solid #767676;border-radius:6px;cursor:pointer;box-sizing:border-box}"
                        + ".scale label{min-width:3.2rem;justify-content:center;flex-direction:column;gap:0;text-align:center}"
                        + ".scale .end{font-size:.85rem}"
                        + "input[type=radio],input[type=checkbox]{width:1.4rem;height:1.4rem;margin:0;accent-color:" + accent + "}"
                        + "label:has(input:checked){border:2px solid " + accent + ";background:#f2f6fa}"
                        + "textarea,input[type=number],input[type=date]{font-size:1.1rem;padding:.6rem;min-height:48px;width:100%;box-sizing:border-box;max-width:30rem}"
                        + "textarea{min-height:7rem}.problem{color:#a4000f;font-weight:600;margin:.3rem 0}"
                        + ".row{margin:0 0 1rem}.section{font-size:1.25rem;margin:1.5rem 0 .5rem}.summary{border:2px solid #a4000f;padding:.5rem 1rem;border-radius:6px}"
                        + "button.submit{font-size:1.2rem;padding:.8rem 1.6rem;min-height:52px;background:" + accent + ";color:#fff;border:0;border-radius:6px;cursor:pointer}");
        for (Item item : definition.items()) {
            for (String rule : hidingRules(definition, item)) {
                css.append("form:not(:has(").append(rule).append(")) [id=\"i-").append(item.id()).append("\"]{display:none}");
            }
        }
        return css.toString();
    }

    /** One selector per condition on the way to {@code item}: the item shows when every one of them matches. */
    private static List<String> hidingRules(InstrumentDefinition definition, Item item) {
        List<String> rules = new ArrayList<>();
        Item current = item;
        while (current.showIf() != null) {
            Item controlling = definition.item(current.showIf().item()).orElseThrow();
            if (!checkable(controlling.type())) {
                break; // a number or a date: no CSS can see its value; shown, and the server drops it if hidden
            }
            List<String> options = current.showIf().values().stream().sorted()
                    .map(v -> "input[name=\"" + FIELD + controlling.id() + "\"][value=\"" + cssString(v) + "\"]:checked").toList();
            rules.add(":is(" + String.join(",", options) + ")");
            current = controlling;
        }
        return rules;
    }

    private static boolean checkable(ItemType type) {
        return type.isScale() || type == ItemType.YES_NO_CANT_SAY || type == ItemType.SINGLE_CHOICE;
    }

    private static String cssString(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * The items as HTML (to go inside the caller's {@code <form>}), with the answers given so far and each answer
     * key's problem keys ({@code instrument.answer.*}, shown in the respondent's language).
     */
    public static String items(InstrumentDefinition definition, RespondTexts t, AnswerSet given, Map<String, List<String>> problems) {
        StringBuilder html = new StringBuilder();
        String lang = t.language();
        if (!problems.isEmpty()) {
            html.append("<div class=\"summary\" role=\"alert\" id=\"problems\"><p>").append(esc(t.get("respond.problems"))).append("</p><ul>");
            for (String key : problems.keySet()) {
                html.append("<li><a href=\"#f-").append(esc(key)).append("\">").append(esc(textOf(definition, key, lang))).append("</a></li>");
            }
            html.append("</ul></div>");
        }
        for (Item item : definition.items()) {
            String text = esc(item.text().in(lang));
            String required = item.required() ? " <span class=\"req\">(" + esc(t.get("respond.required")) + ")</span>" : "";
            switch (item.type()) {
                case SECTION -> html.append("<h2 class=\"section\" id=\"i-").append(item.id()).append("\">").append(text).append("</h2>");
                case FREE_TEXT -> {
                    html.append("<div class=\"item\" id=\"i-").append(item.id()).append("\"><label class=\"q\" for=\"f-").append(item.id()).append("\">")
                            .append(text).append(required).append("</label>").append(problem(item.id(), problems, t));
                    html.append("<textarea id=\"f-").append(item.id()).append("\" name=\"").append(FIELD).append(item.id()).append("\"")
                            .append(item.maxLength() == null ? "" : " maxlength=\"" + item.maxLength() + "\"").append(described(item.id(), problems)).append(">")
                            .append(esc(given.single(item.id()).orElse(""))).append("</textarea></div>");
                }
                case NUMBER, DATE -> {
                    html.append("<div class=\"item\" id=\"i-").append(item.id()).append("\"><label class=\"q\" for=\"f-").append(item.id()).append("\">")
                            .append(text).append(required).append("</label>").append(problem(item.id(), problems, t));
                    html.append("<input id=\"f-").append(item.id()).append("\" name=\"").append(FIELD).append(item.id()).append("\" type=\"")
                            .append(item.type() == ItemType.DATE ? "date\"" : "number\" inputmode=\"decimal\" step=\"any\"")
                            .append(item.min() == null ? "" : " min=\"" + item.min().toPlainString() + "\"")
                            .append(item.max() == null ? "" : " max=\"" + item.max().toPlainString() + "\"")
                            .append(" value=\"").append(esc(given.single(item.id()).orElse(""))).append("\"").append(described(item.id(), problems)).append("></div>");
                }
                case MATRIX -> {
                    html.append("<div class=\"item\" id=\"i-").append(item.id()).append("\"><p class=\"q\">").append(text).append(required).append("</p>");
                    for (MatrixRow row : item.rows()) {
                        String key = item.id() + "." + row.id();
                        html.append("<fieldset class=\"row\" id=\"f-").append(esc(key)).append("\"><legend>").append(esc(row.text().in(lang))).append("</legend>")
                                .append(problem(key, problems, t));
                        scale(html, key, item.rowScale(), given, t);
                        html.append("</fieldset>");
                    }
                    html.append("</div>");
                }
                default -> {
                    html.append("<fieldset class=\"item\" id=\"i-").append(item.id()).append("\"")
                            .append(problems.containsKey(item.id()) ? " aria-describedby=\"p-" + esc(item.id()) + "\"" : "")
                            .append("><legend class=\"q\" id=\"f-").append(item.id()).append("\">").append(text).append(required).append("</legend>")
                            .append(problem(item.id(), problems, t));
                    if (item.type().isScale()) {
                        scale(html, item.id(), item.type(), given, t);
                    } else if (item.type() == ItemType.YES_NO_CANT_SAY) {
                        html.append("<div class=\"choices\">");
                        for (String v : ItemType.YES_NO_CANT_SAY_VALUES) {
                            choice(html, "radio", item.id(), v, t.get("respond.yes-no." + v), given);
                        }
                        html.append("</div>");
                    } else {
                        html.append("<div class=\"choices\">");
                        for (ChoiceOption o : item.options()) {
                            choice(html, item.type() == ItemType.MULTIPLE_CHOICE ? "checkbox" : "radio", item.id(), o.code(), o.label().in(lang), given);
                        }
                        html.append("</div>");
                    }
                    html.append("</fieldset>");
                }
            }
        }
        return html.toString();
    }

    private static void scale(StringBuilder html, String key, ItemType type, AnswerSet given, RespondTexts t) {
        String prefix = "respond.scale." + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".";
        boolean wordy = t.has(prefix + type.scaleValues().get(1)); // every value labelled (WHO-5, agreement, smileys …)
        html.append("<div class=\"").append(wordy ? "choices" : "scale").append("\">");
        for (int value : type.scaleValues()) {
            String label = t.has(prefix + value) ? t.get(prefix + value) : null;
            String id = "f-" + key + "-" + value;
            html.append("<label for=\"").append(esc(id)).append("\"><input type=\"radio\" id=\"").append(esc(id)).append("\" name=\"").append(FIELD).append(esc(key))
                    .append("\" value=\"").append(value).append("\"").append(given.valuesOf(key).contains(Integer.toString(value)) ? " checked" : "").append(">");
            if (wordy) {
                html.append("<span>").append(esc(label == null ? Integer.toString(value) : label)).append("</span>");
            } else {
                html.append("<span>").append(value).append("</span>");
                if (label != null) {
                    html.append("<span class=\"end\">").append(esc(label)).append("</span>");
                }
            }
            html.append("</label>");
        }
        html.append("</div>");
    }

    private static void choice(StringBuilder html, String kind, String key, String value, String label, AnswerSet given) {
        String id = "f-" + key + "-" + value;
        html.append("<label for=\"").append(esc(id)).append("\"><input type=\"").append(kind).append("\" id=\"").append(esc(id)).append("\" name=\"")
                .append(FIELD).append(esc(key)).append("\" value=\"").append(esc(value)).append("\"")
                .append(given.valuesOf(key).contains(value) ? " checked" : "").append("><span>").append(esc(label)).append("</span></label>");
    }

    private static String problem(String key, Map<String, List<String>> problems, RespondTexts t) {
        List<String> keys = problems.getOrDefault(key, List.of());
        if (keys.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<p class=\"problem\" id=\"p-").append(esc(key)).append("\">");
        keys.forEach(k -> html.append(esc(t.get(k))).append(' '));
        return html.append("</p>").toString();
    }

    private static String described(String key, Map<String, List<String>> problems) {
        return problems.containsKey(key) ? " aria-describedby=\"p-" + esc(key) + "\" aria-invalid=\"true\"" : "";
    }

    private static String textOf(InstrumentDefinition definition, String key, String lang) {
        return definition.itemOf(key).map(i -> {
            if (i.type() == ItemType.MATRIX) {
                String row = key.substring(key.indexOf('.') + 1);
                return i.rows().stream().filter(r -> r.id().equals(row)).findFirst().map(r -> r.text().in(lang)).orElse(i.text().in(lang));
            }
            return i.text().in(lang);
        }).orElse(key);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
