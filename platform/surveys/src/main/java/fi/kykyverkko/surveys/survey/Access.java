package fi.kykyverkko.surveys.survey;

/** How respondents get in: a personal link per invitation (one answer each) or one open link (any number). */
public enum Access {
    PRIVATE_LINKS, OPEN_LINK
}
