package fi.kykyverkko.surveys.answering;

/** The outcome of a submission that is durably stored: now, or already by an earlier try with the same key. */
public enum Submission {
    STORED, ALREADY_STORED
}
