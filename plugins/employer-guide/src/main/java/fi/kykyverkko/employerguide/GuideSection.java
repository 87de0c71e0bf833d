package fi.kykyverkko.employerguide;

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
 * One section of a region's employer guide ("Palkkatuki", "Työkokeilu", "Mistä apua"): a title and a text in
 * up to three languages and whom to contact. A section is written as a draft and reaches employers only once
 * it is published.
 */
@Entity
@Table(name = "guide_section")
public class GuideSection extends Coded {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 20_000;
    static final int CONTACT_MAX = 300;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "title_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "title_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private MultilingualText title = MultilingualText.EMPTY;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "body_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "body_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "body_en"))})
    private MultilingualText body = MultilingualText.EMPTY;

    private String contact;

    private boolean published;

    protected GuideSection() {
        // for JPA
    }

    /** A new draft section; nothing reaches employers before {@link #publish()}. Every problem is reported at once. */
    public GuideSection(String code, int position, MultilingualText title, MultilingualText body) {
        Problems problems = new Problems().code("code", Problems.clean(code));
        problems.attempt(() -> moveTo(position));
        problems.attempt(() -> rewrite(title, body, null));
        problems.throwIfAny();
        setCode(code);
    }

    /** Replaces the texts; refuses a section without its Finnish title and text, or with texts too long. */
    public final void rewrite(MultilingualText newTitle, MultilingualText newBody, String newContact) {
        MultilingualText t = newTitle == null ? MultilingualText.EMPTY : newTitle;
        MultilingualText b = newBody == null ? MultilingualText.EMPTY : newBody;
        String c = Problems.clean(newContact);
        Problems problems = new Problems();
        t.check(problems, "title", true, TITLE_MAX);
        b.check(problems, "body", true, BODY_MAX);
        problems.maxLength("contact", c, CONTACT_MAX);
        problems.throwIfAny();
        title = t;
        body = b;
        contact = c;
    }

    /** Where the section stands in the guide, first 0. */
    public final void moveTo(int newPosition) {
        if (newPosition < 0 || newPosition > 999) {
            Problems.refuse("position", "guide.validation.position");
        }
        position = newPosition;
    }

    /** Employers see the section from now on. */
    public void publish() {
        published = true;
    }

    /** Takes the section back to a draft: employers no longer see it. */
    public void withdraw() {
        published = false;
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().code("code", getCode());
        title.check(problems, "title", true, TITLE_MAX);
        body.check(problems, "body", true, BODY_MAX);
        return problems.maxLength("contact", contact, CONTACT_MAX);
    }

    public int getPosition() {
        return position;
    }

    public MultilingualText getTitle() {
        return title;
    }

    public MultilingualText getBody() {
        return body;
    }

    public String getContact() {
        return contact;
    }

    public boolean isPublished() {
        return published;
    }
}
