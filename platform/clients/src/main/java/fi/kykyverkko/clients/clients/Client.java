package fi.kykyverkko.clients.clients;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.privacy.IdentityCodeVault;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A client of the region. Named by first and last name, or only by a nickname at a first anonymous contact. The
 * personal identity code is optional and never held in clear: only the vault's sealed value, its lookup key and
 * the masked form are stored, so neither a database dump nor a log line shows it.
 */
@Entity
@Table(name = "client")
public class Client extends Stamped {

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String nickname;

    @Column(name = "identity_sealed")
    private byte[] identitySealed;

    @Column(name = "identity_lookup")
    private byte[] identityLookup;

    @Column(name = "identity_masked")
    private String identityMasked;

    private String phone;
    private String email;
    private String address;
    private String municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClientLanguage language = ClientLanguage.FI;

    @Column(name = "interpreter_language")
    private String interpreterLanguage;

    @Embedded
    private ClosePerson closePerson = ClosePerson.NONE;

    @jakarta.persistence.Convert(converter = fi.kykyverkko.kernel.persistence.UtcInstantConverter.class)
    @Column(name = "anonymised_at")
    private java.time.Instant anonymisedAt;

    public Client() {
        // for JPA and forms
    }

    /** A client known by name. */
    public static Client named(String firstName, String lastName) {
        Client client = new Client();
        client.rename(firstName, lastName);
        return client;
    }

    /** A first anonymous contact, known only by what they are called. */
    public static Client anonymous(String nickname) {
        Client client = new Client();
        client.setNickname(nickname);
        return client;
    }

    /** Sets the name; either both parts or a nickname must remain (checked by {@link #check()}). */
    public void rename(String firstName, String lastName) {
        this.firstName = Problems.clean(firstName);
        this.lastName = Problems.clean(lastName);
    }

    /**
     * Records the client's identity code for {@code tenant}: sealed and hashed by the vault, masked for lists. A code
     * is recorded once; a client already identified is refused (correcting a code is a later, audited act).
     */
    public void identifyAs(IdentityCode code, TenantId tenant, IdentityCodeVault vault) {
        if (code == null) {
            throw Problems.refusal("identityCode", "validation.required");
        }
        if (isIdentified()) {
            Problems.refuse("identityCode", "clients.client.already-identified");
        }
        identitySealed = vault.seal(tenant, code);
        identityLookup = vault.lookupKey(tenant, code);
        identityMasked = code.masked();
    }

    /**
     * Removes who the client is, for the retention job: name, code, contacts and close person are cleared and the
     * row keeps only what statistics count (municipality, language, the episodes). Refused while an episode is open is
     * the caller's rule; this is the act itself, done once.
     */
    public void anonymise(java.time.Instant now) {
        if (anonymisedAt != null) {
            Problems.refuse("client", "clients.client.anonymised");
        }
        firstName = null;
        lastName = null;
        nickname = "anonymised-" + getId();
        identitySealed = null;
        identityLookup = null;
        identityMasked = null;
        phone = null;
        email = null;
        address = null;
        interpreterLanguage = null;
        closePerson = ClosePerson.NONE;
        anonymisedAt = now;
    }

    public java.util.Optional<java.time.Instant> getAnonymisedAt() {
        return java.util.Optional.ofNullable(anonymisedAt);
    }

    public boolean isIdentified() {
        return identityLookup != null;
    }

    /** The code, opened by the vault: only for a reader the caller has audited. */
    public Optional<IdentityCode> identityCode(TenantId tenant, IdentityCodeVault vault) {
        return identitySealed == null ? Optional.empty() : Optional.of(vault.open(tenant, identitySealed));
    }

    /** "Last, First", or the nickname, for lists. */
    public String displayName() {
        if (lastName != null || firstName != null) {
            return (lastName == null ? "" : lastName) + (lastName != null && firstName != null ? ", " : "") + (firstName == null ? "" : firstName);
        }
        return nickname == null ? "" : nickname;
    }

    @Override
    public Problems check() {
        Problems problems = new Problems();
        boolean named = firstName != null && lastName != null;
        if (!named && nickname == null) {
            // one part of a name is not enough to tell clients apart; a nickname is the anonymous way in
            problems.add(firstName == null ? "firstName" : "lastName", "clients.client.name-or-nickname");
        }
        problems.maxLength("firstName", firstName, 100).maxLength("lastName", lastName, 100).maxLength("nickname", nickname, 100)
                .phone("phone", phone).email("email", email).maxLength("email", email, 200)
                .maxLength("address", address, 300).maxLength("municipality", municipality, 100)
                .required("language", language).maxLength("interpreterLanguage", interpreterLanguage, 100);
        return getClosePerson().check(problems);
    }

    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getNickname() { return nickname; }
    public void setNickname(String nickname) { this.nickname = Problems.clean(nickname); }
    /** The masked code ({@code 010190A****}) for lists, or null. */
    public String getIdentityMasked() { return identityMasked; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Problems.clean(phone); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Problems.clean(email); }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = Problems.clean(address); }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = Problems.clean(municipality); }
    public ClientLanguage getLanguage() { return language; }
    public void setLanguage(ClientLanguage language) { this.language = language; }
    public String getInterpreterLanguage() { return interpreterLanguage; }
    public void setInterpreterLanguage(String language) { this.interpreterLanguage = Problems.clean(language); }
    /** The close person, or {@link ClosePerson#NONE} (JPA reads an all-empty embeddable as null). */
    public ClosePerson getClosePerson() { return closePerson == null ? ClosePerson.NONE : closePerson; }
    public void setClosePerson(ClosePerson person) { this.closePerson = person == null ? ClosePerson.NONE : person; }
}
