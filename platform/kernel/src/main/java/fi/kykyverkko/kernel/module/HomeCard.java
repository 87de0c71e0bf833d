package fi.kykyverkko.kernel.module;

import java.util.List;

/**
 * Something waiting for the person on the front page, contributed by a module ("3 services to review",
 * "The steering group has gone quiet"). Texts are translation keys of the module's bundle, so the kernel
 * stays free of UI code; the shell renders the card and its links.
 *
 * @param titleKey  heading
 * @param attention true when the card asks for action (drawn as a warning)
 * @param lines     one line per item
 */
public record HomeCard(String titleKey, boolean attention, List<Line> lines) {

    public HomeCard {
        lines = List.copyOf(lines);
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
    }
}
