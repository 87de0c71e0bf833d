package fi.kykyverkko.kernel.exchange.ical;

/** The iTIP method (RFC 5546) of a calendar file: what the receiving calendar should do with it. */
public enum IcsMethod {
    /** A plain download ("add to my calendar"): no attendees, no replies expected. */
    PUBLISH,
    /** An invitation by e-mail: organizer and attendees, who can accept or decline. */
    REQUEST,
    /** Cancels an earlier REQUEST with the same UID: send with a higher sequence and status CANCELLED. */
    CANCEL
}
