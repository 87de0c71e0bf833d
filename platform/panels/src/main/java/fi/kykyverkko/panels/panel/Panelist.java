package fi.kykyverkko.panels.panel;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/**
 * A panel member (a client or an expert by experience): no staff account, a personal link to their page, a preferred
 * language ({@code fi}, {@code fi-plain}, {@code sv}, {@code en}) and consent to be contacted by e-mail, which needs an
 * address. Withdrawing the consent keeps no address.
 */
@Entity
@Table(name = "panelist")
public class Panelist extends Stamped {

    public static final List<String> LANGUAGES = List.of("fi", "fi-plain", "sv", "en");

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String language;

    @Column(name = "email_consent", nullable = false)
    private boolean emailConsent;

    private String email;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Panelist() {
    }

    public Panelist(long panelId, String name, String language, LocalDate joinedOn) {
        this.panelId = panelId;
        rename(name);
        prefer(language);
        if (joinedOn == null) {
            Problems.refuse("joinedOn", "validation.required");
        }
        this.joinedOn = joinedOn;
    }

    public void rename(String name) {
        Problems problems = new Problems().required("name", Problems.clean(name)).maxLength("name", name, 200);
        problems.throwIfAny();
        this.name = Problems.clean(name);
    }

    public void prefer(String language) {
        if (!LANGUAGES.contains(language)) {
            Problems.refuse("language", "panels.member.language");
        }
        this.language = language;
    }

    /** The member agrees to be contacted at {@code address}: notices then come by e-mail too. */
    public void consentToEmail(String address) {
        String clean = Problems.clean(address);
        Problems problems = new Problems().required("email", clean).email("email", clean).maxLength("email", clean, 254);
        problems.throwIfAny();
        this.email = clean;
        this.emailConsent = true;
    }

    /** The member withdraws the consent: the address goes with it. */
    public void withdrawEmailConsent() {
        this.emailConsent = false;
        this.email = null;
    }

    public void leave(LocalDate on) {
        if (on == null || on.isBefore(joinedOn)) {
            Problems.refuse("leftOn", "panels.member.left-before-joined");
        }
        this.leftOn = on;
    }

    /** Whether a notice may go to this member by e-mail. */
    public boolean mayBeEmailed() {
        return emailConsent && email != null && leftOn == null;
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().required("name", name).required("language", language).required("joinedOn", joinedOn);
        if (emailConsent && email == null) {
            problems.add("email", "panels.member.consent-needs-email");
        }
        return problems;
    }

    public long getPanelId() {
        return panelId;
    }

    public String getName() {
        return name;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isEmailConsent() {
        return emailConsent;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
