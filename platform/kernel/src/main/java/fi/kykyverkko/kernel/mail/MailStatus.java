package fi.kykyverkko.kernel.mail;

/** Where a message of the outbox stands. */
public enum MailStatus {
    /** Waiting for its first attempt (or for mail to be configured). */
    QUEUED,
    /** Handed to the SMTP server. */
    SENT,
    /** An attempt failed; tried again at {@code nextAttemptAt}. */
    FAILED_RETRYING,
    /** Failed {@link OutgoingMail#MAX_ATTEMPTS} times; never tried again. */
    GAVE_UP;

    /** The statuses the sender picks up once they are due. */
    public boolean waiting() {
        return this == QUEUED || this == FAILED_RETRYING;
    }
}
