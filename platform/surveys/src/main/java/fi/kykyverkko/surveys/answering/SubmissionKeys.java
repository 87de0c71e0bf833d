package fi.kykyverkko.surveys.answering;

import java.util.UUID;

/** Submission keys: made by the page (or the API caller) before the answer is sent, so a retry carries the same key. */
public final class SubmissionKeys {

    private SubmissionKeys() {
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** 16 to 64 letters, digits and hyphens (a UUID fits). */
    public static boolean isValid(String key) {
        return key != null && key.matches("[A-Za-z0-9-]{16,64}");
    }
}
