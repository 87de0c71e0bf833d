package fi.kykyverkko.networks.api;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.OrganisationType;
import java.util.List;

/** An organisation over the API; {@code code} is its stable key. */
public record OrganisationDto(String code, String nameFi, String nameSv, String nameEn, OrganisationType type, String businessId,
                              String email, String phone, String website, String address, List<String> municipalities) {

    static OrganisationDto of(Organisation o) {
        return new OrganisationDto(o.getCode(), o.getNameFi(), o.getNameSv(), o.getNameEn(), o.getType(), o.getBusinessId(), o.getEmail(),
                o.getPhone(), o.getWebsite(), o.getAddress(), o.getMunicipalities());
    }

    void applyTo(Organisation o) {
        o.setNameFi(nameFi);
        o.setNameSv(nameSv);
        o.setNameEn(nameEn);
        o.setType(type);
        Problems refused = new Problems();
        refused.attempt(() -> o.setBusinessId(businessId));
        o.setEmail(email);
        o.setPhone(phone);
        o.setWebsite(website);
        o.setAddress(address);
        o.setMunicipalities(municipalities == null ? List.of() : municipalities);
        refused.withRulesOf(o).throwIfAny(); // a 400 lists every problem, the refused ID with the rest
    }
}
