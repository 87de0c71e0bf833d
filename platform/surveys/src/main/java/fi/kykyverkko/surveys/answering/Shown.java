package fi.kykyverkko.surveys.answering;

import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.Item;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers a respondent can see: a form keeps what was typed into a question that a later change hid, so the
 * hidden ones are dropped before the check (the check refuses answers to hidden questions, rightly, for the API).
 */
public final class Shown {

    private Shown() {
    }

    public static AnswerSet only(InstrumentDefinition definition, AnswerSet given) {
        Map<String, List<String>> kept = new LinkedHashMap<>(given.values());
        boolean changed = true;
        while (changed) { // hiding one item may hide the items that depend on it
            changed = false;
            AnswerSet now = new AnswerSet(kept);
            for (Item item : definition.items()) {
                if (!definition.shown(item, now)) {
                    for (String key : item.answerKeys()) {
                        changed |= kept.remove(key) != null;
                    }
                }
            }
        }
        return new AnswerSet(kept);
    }
}
