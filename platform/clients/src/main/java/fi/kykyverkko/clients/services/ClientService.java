package fi.kykyverkko.clients.services;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.domain.Problems;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A service of the region a client has episodes in (work ability team, job coaching, ...). Configured per region;
 * the migration gives every region the defaults. A service is retired, never removed, since episodes name it.
 */
@Entity
@Table(name = "client_service")
public class ClientService extends Coded {

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private MultilingualText name = MultilingualText.EMPTY;

    @Column(nullable = false)
    private boolean active = true;

    /** Open episodes one responsible person may carry in this service (IPS: 20; Essote chose 10); null for no cap. */
    @Column(name = "caseload_cap")
    private Integer caseloadCap;

    protected ClientService() {
        // for JPA
    }

    public ClientService(String code, MultilingualText name) {
        setCode(code);
        rename(name);
    }

    public void rename(MultilingualText name) {
        this.name = name == null ? MultilingualText.EMPTY : name;
    }

    /**
     * Imports and the API match a service by its code, so once stored it never changes; {@link #rename} changes what
     * people read.
     */
    @Override
    public void setCode(String code) {
        if (getId() != null && !java.util.Objects.equals(getCode(), Problems.clean(code))) {
            Problems.refuse("code", "clients.settings.code-fixed");
        }
        super.setCode(code);
    }

    /** No new episodes in it; the old ones keep naming it. */
    public void retire() {
        active = false;
    }

    /** New episodes may be opened in it again (a retired service was never removed, so its history is all there). */
    public void bringBack() {
        active = true;
    }

    /** Sets how many open episodes one person may carry in the service; null removes the cap. */
    public void capCaseloadAt(Integer cap) {
        if (cap != null && (cap < 1 || cap > 500)) {
            Problems.refuse("caseloadCap", "clients.caseload.cap-range");
        }
        caseloadCap = cap;
    }

    @Override
    public Problems check() {
        return name.check(new Problems().code("code", getCode()), "name", true, 200);
    }

    public java.util.Optional<Integer> getCaseloadCap() { return java.util.Optional.ofNullable(caseloadCap); }

    public MultilingualText getName() { return name; }
    public boolean isActive() { return active; }
}
