package fi.kykyverkko.networks.catalogue;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TextListConverter;
import fi.kykyverkko.networks.organisations.Organisation;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One service in the region's catalogue (Palvelukennosto): who provides it, for whom, how to get there.
 * Its provider's network members keep it current; it counts as needing review six months after the last.
 */
@Entity
@Table(name = "catalogue_service")
public class CatalogueService extends Coded {

    /** An entry older than this asks its maintainers for a review. */
    public static final int REVIEW_AFTER_MONTHS = 6;



    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "name_fi", nullable = false))
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private MultilingualText name = MultilingualText.EMPTY;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "description_fi", nullable = false))
    @AttributeOverride(name = "sv", column = @Column(name = "description_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private MultilingualText description = MultilingualText.EMPTY;

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
                .required("organisation", organisation);
        getName().check(problems, "name", true, 200);
        getDescription().check(problems, "description", true, 4000)
                .required("category", category)
                .maxLength("contactName", contactName, 200)
                .email("contactEmail", contactEmail).phone("contactPhone", contactPhone).url("url", url)
                .maxLength("keywords", keywords, 1000);
        if (channels.isEmpty()) {
            problems.add("channels", "networks.validation.channel-needed");
        }
        return problems;
    }

    /**
     * Someone responsible has looked at the entry and found it right on {@code day}: the six-month review starts
     * again. A save through the catalogue is also a review ({@code Catalogue.save}).
     */
    public void markReviewed(LocalDate day) {
        if (day == null) {
            Problems.refuse("lastReviewed", "validation.required");
        }
        lastReviewed = day;
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
        String haystack = String.join(" ", getName().allLanguages(), getDescription().allLanguages(),
                nullToEmpty(targetGroup), nullToEmpty(keywords), organisation == null ? "" : organisation.getNameFi())
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the name and the description are written in {@code language} (Finnish always is: it is required). */
    public boolean translatedInto(Locale language) {
        return switch (language.getLanguage()) {
            case "sv" -> getName().sv() != null && getDescription().sv() != null;
            case "en" -> getName().en() != null && getDescription().en() != null;
            default -> true;
        };
    }

    /** Whether the entry has details that are kept in Finnish only (who it is for, how to get there, locations...). */
    public boolean hasFinnishOnlyDetails() {
        return java.util.stream.Stream.of(targetGroup, eligibility, howToAccess, locations).anyMatch(java.util.Objects::nonNull);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public LocalizedText names() {
        return getName().localized();
    }

    public LocalizedText descriptions() {
        return getDescription().localized();
    }

    public MultilingualText getName() { return name == null ? MultilingualText.EMPTY : name; }
    public void setName(MultilingualText v) { this.name = v == null ? MultilingualText.EMPTY : v; }
    public MultilingualText getDescription() { return description == null ? MultilingualText.EMPTY : description; }
    public void setDescription(MultilingualText v) { this.description = v == null ? MultilingualText.EMPTY : v; }

    public Organisation getOrganisation() { return organisation; }
    public void setOrganisation(Organisation organisation) { this.organisation = organisation; }
    public String getNameFi() { return getName().fi(); }
    public void setNameFi(String v) { setName(getName().withFi(v)); }
    public String getNameSv() { return getName().sv(); }
    public void setNameSv(String v) { setName(getName().withSv(v)); }
    public String getNameEn() { return getName().en(); }
    public void setNameEn(String v) { setName(getName().withEn(v)); }
    public String getDescriptionFi() { return getDescription().fi(); }
    public void setDescriptionFi(String v) { setDescription(getDescription().withFi(v)); }
    public String getDescriptionSv() { return getDescription().sv(); }
    public void setDescriptionSv(String v) { setDescription(getDescription().withSv(v)); }
    public String getDescriptionEn() { return getDescription().en(); }
    public void setDescriptionEn(String v) { setDescription(getDescription().withEn(v)); }
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
