package fi.kykyverkko.panels.panel;

/**
 * A member just added (or given a new link): the row and the full address of their page, shown once to staff to
 * hand over (printed, told) — the token is kept nowhere else.
 */
public record NewMember(Panelist member, String pageAddress) {

    @Override
    public String toString() {
        return "NewMember[" + member.getId() + "]";
    }
}
