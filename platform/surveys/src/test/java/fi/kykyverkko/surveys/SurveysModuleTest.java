package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the module declares: on everywhere, its entity, its bundle, its migration and the shipped templates. */
class SurveysModuleTest {

    private final SurveysModule module = new SurveysModule();

    @Test
    void aCoreModuleWithItsTablesTextsAndTemplates() {
        assertEquals("surveys", module.id());
        assertTrue(module.core(), "on in every region, as clients");
        assertTrue(module.entities().containsAll(List.of(InstrumentVersion.class, fi.kykyverkko.surveys.survey.Survey.class,
                fi.kykyverkko.surveys.survey.Invitation.class, fi.kykyverkko.surveys.answering.Response.class,
                fi.kykyverkko.surveys.answering.AnonymousResponse.class, fi.kykyverkko.surveys.assessment.ScheduleEntry.class,
                fi.kykyverkko.surveys.assessment.Measurement.class)), module.entities().toString());
        assertEquals(8, module.views().size(), "surveys (3), library (2), self-assessment (3)");
        assertEquals("i18n.surveys", module.messages());
        assertEquals("db/tenant/surveys", module.tenantMigrations());
        assertNotNull(getClass().getClassLoader().getResource("db/tenant/surveys/V1__instruments.sql"));
        assertEquals(ShippedInstruments.PATHS, module.instrumentTemplates());
        module.instrumentTemplates().forEach(path -> assertNotNull(getClass().getClassLoader().getResource(path), path));
    }
}
