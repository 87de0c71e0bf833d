package fi.kykyverkko.panels.panel;

import fi.kykyverkko.kernel.domain.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A panel's meeting script: the steps every meeting walks through, in order, each a kind and a title. Stored as text,
 * one step a line, {@code KIND|title}. Lapland's: coffee; the recap of the previous meeting and every idea's progress;
 * the theme of the day with its methods; the anonymous feedback.
 */
public record MeetingScript(List<Step> steps) {

    public record Step(StepKind kind, String title) {
        public Step {
            if (kind == null || title == null || title.isBlank() || title.contains("|") || title.contains("\n")) {
                throw new IllegalArgumentException("a step needs a kind and a one-line title");
            }
            title = title.strip();
        }
    }

    public static final MeetingScript LAPLAND = new MeetingScript(List.of(
            new Step(StepKind.COFFEE, "Kahvit yhdessä"),
            new Step(StepKind.RECAP, "Edellisen kerran yhteenveto ja ideoiden eteneminen"),
            new Step(StepKind.THEME, "Päivän teema ja menetelmät"),
            new Step(StepKind.FEEDBACK, "Nimetön palaute")));

    public MeetingScript {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.size() > 20) {
            throw new IllegalArgumentException("a script has 1–20 steps");
        }
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append(step.kind().name()).append('|').append(step.title()).append('\n');
        }
        return out.toString();
    }

    /** Reads the stored text; a line without a known kind is refused with {@code panels.script.line}, its number the argument. */
    public static MeetingScript parse(String text) {
        Problems problems = new Problems();
        List<Step> steps = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int bar = line.indexOf('|');
            try {
                steps.add(new Step(StepKind.valueOf(line.substring(0, Math.max(bar, 0)).strip().toUpperCase(Locale.ROOT)), line.substring(bar + 1)));
            } catch (IllegalArgumentException e) {
                problems.add("script", "panels.script.line", i + 1);
            }
        }
        if (steps.isEmpty() && problems.isEmpty()) {
            problems.add("script", "panels.script.empty");
        }
        problems.throwIfAny();
        return new MeetingScript(steps);
    }

    public Step step(int index) {
        return steps.get(Math.max(0, Math.min(index, steps.size() - 1)));
    }

    public int size() {
        return steps.size();
    }
}
