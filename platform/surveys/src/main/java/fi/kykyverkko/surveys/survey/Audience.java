package fi.kykyverkko.surveys.survey;

import fi.kykyverkko.kernel.domain.Labelled;

/** Who a survey is for; it says whom the staff invite, the rules are the same for all. */
public enum Audience implements Labelled {
    NETWORK_MEMBERS, STAFF, CLIENTS, PANEL_MEMBERS, EVENT_PARTICIPANTS, ANYONE_WITH_LINK;

    @Override
    public String labelKey() {
        return "survey.audience." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
