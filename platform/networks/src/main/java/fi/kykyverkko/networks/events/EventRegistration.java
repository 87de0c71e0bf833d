package fi.kykyverkko.networks.events;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import fi.kykyverkko.kernel.domain.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A professional registered for an event, and whether they came. A registration names the portal account that
 * made it ({@code username}): one account registers for an event once (checked by {@link NetworkEvent#register}
 * and by the table's unique key).
 */
@Entity
@Table(name = "event_registration")
public class EventRegistration extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    /** The portal account that registered; null only for registrations made before accounts were recorded. */
    private String username;

    @Column(nullable = false)
    private String name;

    private String organisation;
    private String email;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(nullable = false)
    private boolean attended;

    public EventRegistration() {
        // for JPA and forms
    }

    /** {@code username} registers for event {@code eventId} at {@code now}. */
    public EventRegistration(long eventId, String username, Instant now) {
        this.eventId = eventId;
        this.username = username;
        this.registeredAt = now;
    }

    /** Whether this is the registration of the account {@code username}. */
    public boolean isBy(String username) {
        return username != null && username.equals(this.username);
    }

    public Problems check() {
        return new Problems().required("name", name).maxLength("name", name, 200)
                .maxLength("organisation", organisation, 200).email("email", email);
    }

    public Long getId() { return id; }
    public long getEventId() { return eventId; }
    public String getUsername() { return username; }
    public String getName() { return name; }
    public void setName(String name) { this.name = Problems.clean(name); }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = Problems.clean(organisation); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Problems.clean(email); }
    public Instant getRegisteredAt() { return registeredAt; }
    public boolean isAttended() { return attended; }
    public void setAttended(boolean attended) { this.attended = attended; }
}
