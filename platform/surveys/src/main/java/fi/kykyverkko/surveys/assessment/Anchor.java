package fi.kykyverkko.surveys.assessment;

/** What a point of the schedule counts its days from: the episode's start, or its end (known only once it ended). */
public enum Anchor {
    START, END
}
