package fi.kykyverkko.surveys.instruments;

/**
 * The version rule: answers are only meaningful against the exact definition they were given to, so a definition
 * that has answers is frozen and a change to it becomes the next version; a definition nobody has answered yet may
 * still be corrected in place.
 */
public final class Versions {

    private Versions() {
    }

    /** The version a changed definition gets. */
    public static int nextVersion(int current, boolean hasAnswers) {
        if (current < 1) {
            throw new IllegalArgumentException("versions start at 1: " + current);
        }
        return hasAnswers ? current + 1 : current;
    }
}
