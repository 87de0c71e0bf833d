package fi.kykyverkko.networks.people;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.networks.organisations.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person in the network: a network member with a portal account ({@code username} links them to their
 * Keycloak user) or a contact without one.
 */
@Entity
@Table(name = "person")
public class Person extends Coded {



    @Column(nullable = false)
    private String name;

    private String title;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String email;
    private String phone;
    private String username;




    public Person() {
        // for JPA and forms
    }

    @Override
    public Problems check() {
        return new Problems()
                .code("code", getCode())
                .required("name", name).maxLength("name", name, 200)
                .maxLength("title", title, 200)
                .email("email", email).phone("phone", phone)
                .maxLength("username", username, 100);
    }


    /** "Name, title (organisation)" for lists and pickers. */
    public String label() {
        StringBuilder label = new StringBuilder(name);
        if (title != null) {
            label.append(", ").append(title);
        }
        if (organisation != null) {
            label.append(" (").append(organisation.getNameFi()).append(')');
        }
        return label.toString();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = Problems.clean(name); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Problems.clean(title); }
    public Organisation getOrganisation() { return organisation; }
    public void setOrganisation(Organisation organisation) { this.organisation = organisation; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Problems.clean(email); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Problems.clean(phone); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = Problems.clean(username); }
}
