package fi.kykyverkko.networks.organisations;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TextListConverter;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** An organisation in the region's network: Kela, TE services, a municipality, an NGO, an employer ... */
@Entity
@Table(name = "organisation")
public class Organisation extends Coded {



    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "name_fi", nullable = false))
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private MultilingualText name = MultilingualText.EMPTY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type = OrganisationType.OTHER;

    @Column(name = "business_id")
    private String businessId;

    private String email;
    private String phone;
    private String website;
    private String address;

    @Convert(converter = TextListConverter.class)
    private List<String> municipalities = new ArrayList<>();




    public Organisation() {
        // for JPA and forms
    }

    /** Every rule an organisation must meet (the business ID is checked, and made canonical, when it is set). */
    @Override
    public Problems check() {
        Problems problems = name.check(new Problems().code("code", getCode()), "name", true, 200)
                .required("type", type)
                .email("email", email).phone("phone", phone).url("website", website)
                .maxLength("address", address, 300);
        return problems;
    }

    public LocalizedText names() {
        return getName().localized();
    }

    public MultilingualText getName() { return name == null ? MultilingualText.EMPTY : name; }
    public void setName(MultilingualText name) { this.name = name == null ? MultilingualText.EMPTY : name; }
    public String getNameFi() { return getName().fi(); }
    public void setNameFi(String nameFi) { setName(getName().withFi(nameFi)); }
    public String getNameSv() { return getName().sv(); }
    public void setNameSv(String nameSv) { setName(getName().withSv(nameSv)); }
    public String getNameEn() { return getName().en(); }
    public void setNameEn(String nameEn) { setName(getName().withEn(nameEn)); }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public String getBusinessId() { return businessId; }

    /**
     * Sets the business ID in its canonical form ("246246-0" → "0246246-0"); refuses one that is not a valid
     * business ID (format or check digit), leaving the stored one as it was. Blank clears it.
     */
    public void setBusinessId(String businessId) {
        String given = Problems.clean(businessId);
        String canonical = BusinessId.normalise(given);
        if (given != null && canonical == null) {
            // say what is wrong: the way it is written, or the check digit (never the value as a model)
            Problems.refuse("businessId", BusinessId.hasFormat(given) ? "networks.validation.business-id" : "networks.validation.business-id-format");
        }
        this.businessId = canonical;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Problems.clean(email); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Problems.clean(phone); }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = Problems.clean(website); }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = Problems.clean(address); }
    public List<String> getMunicipalities() { return List.copyOf(municipalities); }
    public void setMunicipalities(List<String> municipalities) { this.municipalities = new ArrayList<>(municipalities); }
}
