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

    /** No new episodes in it; the old ones keep naming it. */
    public void retire() {
        active = false;
    }

    @Override
    public Problems check() {
        return name.check(new Problems().code("code", getCode()), "name", true, 200);
    }

    public MultilingualText getName() { return name; }
    public boolean isActive() { return active; }
}
