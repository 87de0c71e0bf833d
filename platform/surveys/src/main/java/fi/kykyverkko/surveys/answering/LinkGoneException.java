package fi.kykyverkko.surveys.answering;

/** The link is unknown, expired, revoked or spent, or its invitation was answered: one answer for all of these. */
public class LinkGoneException extends RuntimeException {

    public LinkGoneException() {
        super("the link is not valid any more");
    }
}
