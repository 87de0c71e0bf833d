package fi.kykyverkko.clients.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.MultilingualText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A region's service: names in three languages, a cap of 1–500 or none, retired and brought back, its code fixed. */
class ClientServiceTest {

    private static ClientService coaching() {
        return new ClientService("tyohonvalmennus", MultilingualText.of("Työhönvalmennus", "Jobbcoachning", "Job coaching"));
    }

    private static String refusal(Runnable act) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, act::run);
        var problem = refused.problems().list().get(0);
        return problem.field() + ": " + problem.key();
    }

    @Test
    void theCapIsOneToFiveHundredOrNone() {
        ClientService service = coaching();
        service.capCaseloadAt(1);
        assertEquals(Optional.of(1), service.getCaseloadCap());
        service.capCaseloadAt(500);
        assertEquals(Optional.of(500), service.getCaseloadCap());
        assertEquals("caseloadCap: clients.caseload.cap-range", refusal(() -> service.capCaseloadAt(0)));
        assertEquals("caseloadCap: clients.caseload.cap-range", refusal(() -> service.capCaseloadAt(501)));
        assertEquals(Optional.of(500), service.getCaseloadCap(), "a refused cap leaves the old one");
        service.capCaseloadAt(null);
        assertEquals(Optional.empty(), service.getCaseloadCap());
    }

    @Test
    void aRetiredServiceIsBroughtBack() {
        ClientService service = coaching();
        assertTrue(service.isActive());
        service.retire();
        assertFalse(service.isActive());
        service.bringBack();
        assertTrue(service.isActive());
    }

    @Test
    void theCodeIsGivenOnceAndTheNamesChangeInThreeLanguages() {
        ClientService service = fi.kykyverkko.clients.episodes.PhaseOrderTest.stored(coaching(), 2);
        assertEquals("code: clients.settings.code-fixed", refusal(() -> service.setCode("ips")));
        service.rename(MultilingualText.of("IPS-työhönvalmennus", "IPS-jobbcoachning", "IPS job coaching"));
        assertEquals("IPS job coaching", service.getName().en());
        assertEquals("tyohonvalmennus", service.getCode());
        service.rename(MultilingualText.of(" ", "Endast svenska", null));
        assertEquals(List.of("nameFi: validation.required"), service.check().list().stream().map(p -> p.field() + ": " + p.key()).toList());
        assertEquals(List.of("code: validation.required"), new ClientService(null, MultilingualText.finnish("Nimi")).check().list().stream()
                .map(p -> p.field() + ": " + p.key()).toList());
    }
}
