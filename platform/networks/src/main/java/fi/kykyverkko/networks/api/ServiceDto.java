package fi.kykyverkko.networks.api;

import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.catalogue.Channel;
import fi.kykyverkko.networks.catalogue.ServiceCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A catalogue entry over the API; {@code organisation} is the provider's code. */
public record ServiceDto(String code, String organisation, String nameFi, String nameSv, String nameEn, String descriptionFi,
                         String descriptionSv, String descriptionEn, ServiceCategory category, String targetGroup, String eligibility,
                         String howToAccess, String contactName, String contactEmail, String contactPhone, String url,
                         List<String> municipalities, String locations, Set<Channel> channels, String keywords, LocalDate lastReviewed) {

    static ServiceDto of(CatalogueService s) {
        return new ServiceDto(s.getCode(), s.getOrganisation().getCode(), s.getNameFi(), s.getNameSv(), s.getNameEn(), s.getDescriptionFi(),
                s.getDescriptionSv(), s.getDescriptionEn(), s.getCategory(), s.getTargetGroup(), s.getEligibility(), s.getHowToAccess(),
                s.getContactName(), s.getContactEmail(), s.getContactPhone(), s.getUrl(), s.getMunicipalities(), s.getLocations(),
                s.getChannels(), s.getKeywords(), s.getLastReviewed());
    }

    void applyTo(CatalogueService s) {
        s.setNameFi(nameFi);
        s.setNameSv(nameSv);
        s.setNameEn(nameEn);
        s.setDescriptionFi(descriptionFi);
        s.setDescriptionSv(descriptionSv);
        s.setDescriptionEn(descriptionEn);
        s.setCategory(category);
        s.setTargetGroup(targetGroup);
        s.setEligibility(eligibility);
        s.setHowToAccess(howToAccess);
        s.setContactName(contactName);
        s.setContactEmail(contactEmail);
        s.setContactPhone(contactPhone);
        s.setUrl(url);
        s.setMunicipalities(municipalities == null ? List.of() : municipalities);
        s.setLocations(locations);
        s.setChannels(channels == null ? Set.of() : channels);
        s.setKeywords(keywords);
    }
}
