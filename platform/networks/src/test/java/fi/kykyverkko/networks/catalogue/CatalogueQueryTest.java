package fi.kykyverkko.networks.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueQueryTest {

    private static CatalogueService service(String name, ServiceCategory category, List<String> municipalities, Channel channel) {
        CatalogueService s = new CatalogueService();
        s.setNameFi(name);
        s.setDescriptionFi("Kuvaus");
        s.setCategory(category);
        s.setMunicipalities(municipalities);
        s.setChannels(Set.of(channel));
        return s;
    }

    private static final List<CatalogueService> ALL = List.of(
            service("Öljyvahinkoneuvonta", ServiceCategory.MUNICIPAL, List.of("Kemijärvi"), Channel.PHONE),
            service("Aikuissosiaalityö", ServiceCategory.SOCIAL_WELFARE, List.of(), Channel.ON_SITE),
            service("Zumbaryhmä", ServiceCategory.NGO, List.of("Rovaniemi"), Channel.ON_SITE),
            service("Äitiysneuvola", ServiceCategory.HEALTH_CARE, List.of("Rovaniemi"), Channel.REMOTE));

    private static List<String> names(List<CatalogueService> found) {
        return found.stream().map(CatalogueService::getNameFi).toList();
    }

    @Test
    void everythingInFinnishAlphabeticalOrder() {
        // å, ä, ö come after z in Finnish
        assertEquals(List.of("Aikuissosiaalityö", "Zumbaryhmä", "Äitiysneuvola", "Öljyvahinkoneuvonta"), names(CatalogueQuery.ALL.select(ALL)));
    }

    @Test
    void aMunicipalityFindsItsOwnServicesAndThoseForTheWholeRegion() {
        assertEquals(List.of("Aikuissosiaalityö", "Zumbaryhmä", "Äitiysneuvola"),
                names(new CatalogueQuery(null, null, "rovaniemi", null).select(ALL)));
    }

    @Test
    void categoryAndChannelNarrowTheResult() {
        assertEquals(List.of("Zumbaryhmä"), names(new CatalogueQuery(null, ServiceCategory.NGO, null, null).select(ALL)));
        assertEquals(List.of("Äitiysneuvola"), names(new CatalogueQuery(null, null, null, Channel.REMOTE).select(ALL)));
        assertEquals(List.of(), names(new CatalogueQuery("zumba", ServiceCategory.NGO, "Kemijärvi", null).select(ALL)));
    }
}
