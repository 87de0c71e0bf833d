package fi.kykyverkko.kernel.module;

import java.util.List;

/**
 * A card on the person's front page, contributed by a module ("3 services to review", "The steering group meets
 * on Tuesday"). Texts are translation keys of the module's bundle, so the kernel stays free of UI code; the shell
 * renders the card and its links, and groups the cards of every module by {@link Section}.
 *
 * @param titleKey  heading
 * @param attention true when the card asks for action (drawn as a warning)
 * @param lines     one line per item, most urgent or soonest first
 * @param section   where on the front page the card stands
 */
public record HomeCard(String titleKey, boolean attention, List<Line> lines, Section section) {

    /** The front page answers three questions, in this order. */
    public enum Section {
        /** What waits for the person: tasks, minutes to write, entries to review. */
        WAITS,
        /** What is coming: their next meetings and events. */
        COMING,
        /** What changed lately in what they take part in. */
        CHANGED
    }

    public HomeCard {
        lines = List.copyOf(lines);
        section = section == null ? Section.WAITS : section;
    }

    /** A card of things that wait for the person (the section cards had before there were sections). */
    public HomeCard(String titleKey, boolean attention, List<Line> lines) {
        this(titleKey, attention, lines, Section.WAITS);
    }

    /**
     * One item: a translated text with arguments and, optionally, the view it links to.
     *
     * @param route          a view class of the module, or null for plain text
     * @param routeParameter the view's URL parameter (an id, never personal data), or null
     */
    public record Line(String textKey, List<Object> args, Class<?> route, String routeParameter) {

        public Line {
            args = List.copyOf(args);
        }

        public static Line link(Class<?> route, String routeParameter, String textKey, Object... args) {
            return new Line(textKey, List.of(args), route, routeParameter);
        }

        public static Line text(String textKey, Object... args) {
            return new Line(textKey, List.of(args), null, null);
        }
    }
}
