package fi.kykyverkko.surveys.answering;

/** The survey's window is not open: not opened yet, or closed. */
public class SurveyClosedException extends RuntimeException {

    public SurveyClosedException() {
        super("the survey does not take answers now");
    }
}
