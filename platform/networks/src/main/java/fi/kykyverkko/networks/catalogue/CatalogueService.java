package fi.kykyverkko.networks.catalogue;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.Coded;
import fi.kykyverkko.networks.Problems;
import fi.kykyverkko.networks.TextListConverter;
import fi.kykyverkko.networks.organisations.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One service in the region's catalogue (Palvelukennosto): who provides it, for whom, how to get there.
 * Its provider's network members keep it current; it counts as needing review six months after the last.
 */
@Entity
@Table(name = "catalogue_service")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantData.TENANT_PROPERTY)
public class CatalogueService extends Coded {

    /** An entry older than this asks its maintainers for a review. */
    public static final int REVIEW_AFTER_MONTHS = 6;



    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;
    @Column(name = "name_sv")
    private String nameSv;
    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "description_fi", nullable = false)
    private String descriptionFi;
    @Column(name = "description_sv")
    private String descriptionSv;
    @Column(name = "description_en")
    private String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceCategory category;

    @Column(name = "target_group")
    private String targetGroup;
    private String eligibility;
    @Column(name = "how_to_access")
    private String howToAccess;

    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    private String url;

    @Convert(converter = TextListConverter.class)
    private List<String> municipalities = new ArrayList<>();

    /** Addresses or places, one per line. */
    private String locations;

    @Convert(converter = ChannelsConverter.class)
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);

    /** Needs and search words ("mielenterveys; velat; asuminen") that help find the service by a client's need. */
    private String keywords;

    @Column(name = "last_reviewed", nullable = false)
    private LocalDate lastReviewed;




    public CatalogueService() {
        // for JPA and forms
    }

    @Override
    public Problems check() {
        Problems problems = new Problems()
                .code("code", getCode())
                .required("organisation", organisation)
                .required("nameFi", nameFi).maxLength("nameFi", nameFi, 200)
                .maxLength("nameSv", nameSv, 200).maxLength("nameEn", nameEn, 200)
                .required("descriptionFi", descriptionFi).maxLength("descriptionFi", descriptionFi, 4000)
                .maxLength("descriptionSv", descriptionSv, 4000).maxLength("descriptionEn", descriptionEn, 4000)
                .required("category", category)
                .maxLength("contactName", contactName, 200)
                .email("contactEmail", contactEmail).phone("contactPhone", contactPhone).url("url", url)
                .maxLength("keywords", keywords, 1000);
        if (channels.isEmpty()) {
            problems.add("channels", "networks.validation.channel-needed");
        }
        return problems;
    }

    /** A save is also a review: whoever edits the entry has looked at it. */
    @Override
    public void touch(String actor, Instant now) {
        super.touch(actor, now);
        lastReviewed = PortalTime.date(now);
    }

    public boolean needsReview(LocalDate today) {
        return lastReviewed == null || !lastReviewed.plusMonths(REVIEW_AFTER_MONTHS).isAfter(today);
    }

    public boolean servesMunicipality(String municipality) {
        return municipalities.isEmpty() || municipalities.stream().anyMatch(m -> m.equalsIgnoreCase(municipality));
    }

    /** Whether every word of {@code query} appears in the entry's names, descriptions, target group or keywords. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = String.join(" ", nullToEmpty(nameFi), nullToEmpty(nameSv), nullToEmpty(nameEn),
                nullToEmpty(descriptionFi), nullToEmpty(descriptionSv), nullToEmpty(descriptionEn),
                nullToEmpty(targetGroup), nullToEmpty(keywords), organisation == null ? "" : organisation.getNameFi())
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public LocalizedText names() {
        return new LocalizedText(nameFi, nameSv == null ? nameFi : nameSv, nameEn == null ? nameFi : nameEn);
    }

    public LocalizedText descriptions() {
        return new LocalizedText(descriptionFi, descriptionSv == null ? descriptionFi : descriptionSv,
                descriptionEn == null ? descriptionFi : descriptionEn);
    }

    public Organisation getOrganisation() { return organisation; }
    public void setOrganisation(Organisation organisation) { this.organisation = organisation; }
    public String getNameFi() { return nameFi; }
    public void setNameFi(String v) { this.nameFi = Problems.clean(v); }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String v) { this.nameSv = Problems.clean(v); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { this.nameEn = Problems.clean(v); }
    public String getDescriptionFi() { return descriptionFi; }
    public void setDescriptionFi(String v) { this.descriptionFi = Problems.clean(v); }
    public String getDescriptionSv() { return descriptionSv; }
    public void setDescriptionSv(String v) { this.descriptionSv = Problems.clean(v); }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { this.descriptionEn = Problems.clean(v); }
    public ServiceCategory getCategory() { return category; }
    public void setCategory(ServiceCategory category) { this.category = category; }
    public String getTargetGroup() { return targetGroup; }
    public void setTargetGroup(String v) { this.targetGroup = Problems.clean(v); }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String v) { this.eligibility = Problems.clean(v); }
    public String getHowToAccess() { return howToAccess; }
    public void setHowToAccess(String v) { this.howToAccess = Problems.clean(v); }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { this.contactName = Problems.clean(v); }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { this.contactEmail = Problems.clean(v); }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { this.contactPhone = Problems.clean(v); }
    public String getUrl() { return url; }
    public void setUrl(String v) { this.url = Problems.clean(v); }
    public List<String> getMunicipalities() { return List.copyOf(municipalities); }
    public void setMunicipalities(List<String> v) { this.municipalities = new ArrayList<>(v); }
    public String getLocations() { return locations; }
    public void setLocations(String v) { this.locations = Problems.clean(v); }
    public Set<Channel> getChannels() { return channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels); }
    public void setChannels(Set<Channel> v) { this.channels = v.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(v); }
    public String getKeywords() { return keywords; }
    public void setKeywords(String v) { this.keywords = Problems.clean(v); }
    public LocalDate getLastReviewed() { return lastReviewed; }
    public void setLastReviewed(LocalDate lastReviewed) { this.lastReviewed = lastReviewed; }
}
