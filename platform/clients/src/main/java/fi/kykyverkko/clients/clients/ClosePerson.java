package fi.kykyverkko.clients.clients;

import fi.kykyverkko.kernel.domain.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A client's close or support person (läheinen, tukihenkilö): a value, replaced as a whole. */
@Embeddable
public class ClosePerson {

    public static final ClosePerson NONE = new ClosePerson(null, null, null);

    @Column(name = "close_name")
    private String name;

    @Column(name = "close_relation")
    private String relation;

    @Column(name = "close_phone")
    private String phone;

    protected ClosePerson() {
        // for JPA
    }

    public ClosePerson(String name, String relation, String phone) {
        this.name = Problems.clean(name);
        this.relation = Problems.clean(relation);
        this.phone = Problems.clean(phone);
    }

    public boolean isNone() {
        return name == null && relation == null && phone == null;
    }

    /** A relation or phone without a name says nothing about whom to call. */
    Problems check(Problems problems) {
        if (!isNone()) {
            problems.required("closeName", name);
        }
        return problems.maxLength("closeName", name, 200).maxLength("closeRelation", relation, 100).phone("closePhone", phone);
    }

    /** "name, relation, phone" with the parts that are there, for the card and exports. */
    public String summary() {
        return String.join(", ", java.util.stream.Stream.of(name, relation, phone).filter(java.util.Objects::nonNull).toList());
    }

    public String name() { return name; }
    public String relation() { return relation; }
    public String phone() { return phone; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClosePerson p && Objects.equals(name, p.name) && Objects.equals(relation, p.relation) && Objects.equals(phone, p.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, relation, phone);
    }
}
