package fi.kykyverkko.networks.organisations;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.networks.Coded;
import fi.kykyverkko.networks.Problems;
import fi.kykyverkko.networks.TextListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** An organisation in the region's network: Kela, TE services, a municipality, an NGO, an employer ... */
@Entity
@Table(name = "organisation")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantData.TENANT_PROPERTY)
public class Organisation extends Coded {



    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv")
    private String nameSv;

    @Column(name = "name_en")
    private String nameEn;

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

    /** Every rule an organisation must meet; the business ID is also stored in canonical form. */
    @Override
    public Problems check() {
        Problems problems = new Problems()
                .code("code", getCode())
                .required("nameFi", nameFi).maxLength("nameFi", nameFi, 200)
                .maxLength("nameSv", nameSv, 200).maxLength("nameEn", nameEn, 200)
                .required("type", type)
                .email("email", email).phone("phone", phone).url("website", website)
                .maxLength("address", address, 300);
        if (businessId != null && !BusinessId.isValid(businessId)) {
            problems.add("businessId", "networks.validation.business-id");
        }
        return problems;
    }

    @Override
    public void touch(String actor, Instant now) {
        if (businessId != null) {
            String canonical = BusinessId.normalise(businessId);
            if (canonical != null) {
                businessId = canonical;
            }
        }
        super.touch(actor, now);
    }

    public LocalizedText names() {
        return new LocalizedText(nameFi, nameSv == null ? nameFi : nameSv, nameEn == null ? nameFi : nameEn);
    }

    public String getNameFi() { return nameFi; }
    public void setNameFi(String nameFi) { this.nameFi = Problems.clean(nameFi); }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String nameSv) { this.nameSv = Problems.clean(nameSv); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = Problems.clean(nameEn); }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public String getBusinessId() { return businessId; }
    public void setBusinessId(String businessId) { this.businessId = Problems.clean(businessId); }
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
