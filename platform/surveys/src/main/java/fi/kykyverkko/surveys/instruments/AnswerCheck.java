package fi.kykyverkko.surveys.instruments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a set of answers against a definition and lists every problem at once: unknown answer keys, required
 * items left empty (unless hidden by their condition), answers to hidden items (they would be scored and reported
 * though the respondent never saw the question), and values outside what the item allows.
 */
final class AnswerCheck {

    private final InstrumentDefinition definition;
    private final AnswerSet answers;
    private final List<AnswerProblem> problems = new ArrayList<>();

    private AnswerCheck(InstrumentDefinition definition, AnswerSet answers) {
        this.definition = definition;
        this.answers = answers;
    }

    static List<AnswerProblem> problems(InstrumentDefinition definition, AnswerSet answers) {
        return new AnswerCheck(definition, answers).run();
    }

    private List<AnswerProblem> run() {
        Set<String> known = new HashSet<>();
        for (Item item : definition.items()) {
            known.addAll(item.answerKeys());
            boolean shown = definition.shown(item, answers);
            for (String key : item.answerKeys()) {
                checkAnswer(item, key, shown);
            }
        }
        for (String key : answers.keys()) {
            if (!known.contains(key)) {
                boolean section = definition.item(key).filter(i -> !i.type().takesAnswer()).isPresent();
                add(key, section ? "instrument.answer.takes-no-answer" : "instrument.answer.unknown-item");
            }
        }
        return List.copyOf(problems);
    }

    private void checkAnswer(Item item, String key, boolean shown) {
        List<String> given = answers.valuesOf(key);
        if (given.isEmpty()) {
            if (shown && item.required()) {
                add(key, "instrument.answer.required");
            }
            return;
        }
        if (!shown) {
            add(key, "instrument.answer.hidden-answered");
            return;
        }
        if (item.type() != ItemType.MULTIPLE_CHOICE && given.size() > 1) {
            add(key, "instrument.answer.one-value-only");
            return;
        }
        given.forEach(value -> checkValue(item, key, value));
        if (given.size() != new HashSet<>(given).size()) {
            add(key, "instrument.answer.repeated-option");
        }
    }

    private void checkValue(Item item, String key, String value) {
        ItemType scale = item.scaleOf(key);
        if (scale.isScale()) {
            if (!scale.scaleValues().stream().map(String::valueOf).toList().contains(value)) {
                add(key, "instrument.answer.out-of-scale");
            }
            return;
        }
        switch (item.type()) {
            case YES_NO_CANT_SAY -> {
                if (!ItemType.YES_NO_CANT_SAY_VALUES.contains(value)) {
                    add(key, "instrument.answer.not-an-option");
                }
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (!item.hasOption(value)) {
                    add(key, "instrument.answer.not-an-option");
                }
            }
            case FREE_TEXT -> {
                if (value.length() > item.maxLength()) {
                    add(key, "instrument.answer.too-long");
                }
            }
            case NUMBER -> checkNumber(item, key, value);
            case DATE -> checkDate(key, value);
            default -> throw new IllegalStateException("no answer check for " + item.type());
        }
    }

    private void checkNumber(Item item, String key, String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (item.min() != null && number.compareTo(item.min()) < 0 || item.max() != null && number.compareTo(item.max()) > 0) {
                add(key, "instrument.answer.out-of-range");
            }
        } catch (NumberFormatException e) {
            add(key, "instrument.answer.not-a-number");
        }
    }

    private void checkDate(String key, String value) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            add(key, "instrument.answer.not-a-date");
        }
    }

    private void add(String key, String problem) {
        problems.add(new AnswerProblem(key, problem));
    }
}
