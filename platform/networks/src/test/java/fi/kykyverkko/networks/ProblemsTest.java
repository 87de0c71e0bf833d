package fi.kykyverkko.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.kernel.domain.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void anOrganisationReportsEveryProblemAtOnce() {
        Organisation o = new Organisation();
        o.setCode("Kela Rovaniemi");
        Problems problems = new Problems();
        problems.attempt(() -> o.setBusinessId("0246246-1")); // refused when set, kept for the report
        o.setEmail("kela.fi");
        o.setWebsite("javascript:alert(1)");
        problems.addAll(o.check());
        List<String> fields = problems.list().stream().map(p -> p.field() + ":" + p.key()).toList();
        assertEquals(List.of("businessId:networks.validation.business-id", "code:validation.code", "nameFi:validation.required",
                "email:validation.email", "website:validation.url"), fields);
    }

    @Test
    void aServiceNeedsAChannelAndAProvider() {
        CatalogueService s = new CatalogueService();
        s.setCode("x");
        s.setNameFi("Palvelu");
        s.setDescriptionFi("Kuvaus");
        List<String> fields = s.check().list().stream().map(Problems.Problem::field).toList();
        assertTrue(fields.containsAll(List.of("organisation", "category", "channels")), fields.toString());
    }

    @Test
    void searchNeedsEveryWord() {
        CatalogueService s = new CatalogueService();
        s.setNameFi("Talous- ja velkaneuvonta");
        s.setDescriptionFi("Apua velkajärjestelyyn");
        s.setKeywords("velat raha");
        assertTrue(s.matches("VELAT raha"));
        assertTrue(!s.matches("velat asuminen"));
    }
}
