package fi.kykyverkko.surveys.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.Paragraph;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.ShellTestKit;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.surveys.SurveysModule;
import fi.kykyverkko.surveys.assessment.ChangeCount;
import fi.kykyverkko.surveys.assessment.DueMeasurement;
import fi.kykyverkko.surveys.assessment.Measurement;
import fi.kykyverkko.surveys.assessment.MeasurementState;
import fi.kykyverkko.surveys.assessment.Schedule;
import fi.kykyverkko.surveys.assessment.SelfAssessments;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.library.Origin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The due list, the change per service and an episode's measurement page with its chart, on services in memory. */
class AssessmentViewsTest {

    private static final InstrumentDefinition WHO5 = ShippedInstruments.all().stream().filter(d -> d.code().equals("who-5"))
            .findFirst().orElseThrow();
    private static final Instant T = Instant.parse("2026-06-01T08:00:00Z");

    /** What the views read, in memory. */
    static final class AssessmentsInMemory extends SelfAssessments {
        List<Measurement> episode = List.of();
        final java.util.Map<String, List<fi.kykyverkko.surveys.assessment.SchedulePoint>> stored = new java.util.TreeMap<>();

        @Override
        public java.util.Map<String, List<fi.kykyverkko.surveys.assessment.SchedulePoint>> storedSchedules(TenantId tenant) {
            return java.util.Map.copyOf(stored);
        }

        @Override
        public Schedule schedule(TenantId tenant, String serviceCode) {
            return Schedule.DEFAULT;
        }

        @Override
        public void setSchedule(TenantId tenant, PortalUser editor, String serviceCode, List<fi.kykyverkko.surveys.assessment.SchedulePoint> points) {
            if (!editor.hasAnyRole(tenant, SCHEDULE_EDITORS)) {
                throw new SecurityException("not an editor");
            }
            new Schedule(points);
            String key = serviceCode == null ? "" : serviceCode;
            if (points.isEmpty()) {
                stored.remove(key);
            } else {
                stored.put(key, List.copyOf(points));
            }
        }

        @Override
        public List<DueMeasurement> dueFor(TenantId tenant, Access access) {
            LocalDate today = PortalTime.today();
            return List.of(new DueMeasurement(1, 7, 3, "Aino Asiakas", 1, "start", "work-ability-score", today.minusDays(30),
                            MeasurementState.OVERDUE, false),
                    new DueMeasurement(2, 8, 4, "Eero Esimerkki", 1, "six-months", "who-5", today, MeasurementState.DUE, true));
        }

        @Override
        public List<ChangeCount> changeByService(TenantId tenant, PortalUser reader, String instrumentCode, String scoreCode) {
            return instrumentCode.equals("who-5") ? List.of(new ChangeCount(1, 1, 1, 1, 2)) : List.of();
        }

        @Override
        public List<Measurement> measurementsOf(TenantId tenant, Access access, long episodeId) {
            return episodeId == 7 ? episode : List.of();
        }
    }

    static final class ClientsInMemory extends Clients {
        @Override
        public List<ClientService> services(TenantId tenant) {
            ClientService service = new ClientService("tyokykytiimi", MultilingualText.of("Työkykytiimi", "Arbetsförmågeteam", "Work ability team"));
            ShellTestKit.inject(service, "id", 1L);
            return List.of(service);
        }
    }

    static final class LibraryInMemory extends InstrumentLibrary {
        @Override
        public List<InstrumentVersion> list(TenantId tenant, PortalUser reader) {
            return List.of(latest(tenant, reader, "who-5").orElseThrow());
        }

        @Override
        public Optional<InstrumentVersion> latest(TenantId tenant, PortalUser reader, String code) {
            if (!code.equals("who-5")) {
                return Optional.empty();
            }
            return Optional.of(new InstrumentVersion(WHO5, fi.kykyverkko.surveys.library.ui.LibraryViewsTest.who5(), Origin.TEMPLATE, "system", T));
        }
    }

    private final AssessmentsInMemory assessments = new AssessmentsInMemory();
    private final ShellTestKit kit = new ShellTestKit(new SurveysModule()).bean(SelfAssessments.class, assessments)
            .bean(Clients.class, new ClientsInMemory()).bean(InstrumentLibrary.class, new LibraryInMemory());

    @AfterEach
    void close() {
        kit.close();
    }

    private static Measurement answered(Schedule.Planned at, int each, Instant when) {
        Measurement m = new Measurement(7, 3, 1, at, T);
        m.linkIssued(10 + each, WHO5.version(), T, T.plusSeconds(3600));
        String v = String.valueOf(each);
        m.answer(WHO5, AnswerSet.of("cheerful", v, "calm", v, "active", v, "rested", v, "interest", v), when);
        return m;
    }

    @Test
    void theDueListPutsOverdueFirstAndTheChangeComesWithItsDenominator() {
        kit.signInProfessional().start();
        assertEquals(200, kit.open("lappi/surveys/assessments"));
        assertEquals("Ajankohtaisia 2, joista myöhässä 1.", _get(Paragraph.class, spec -> spec.withId("assessment-due-summary")).getText());
        @SuppressWarnings("unchecked")
        StackedTable<ChangeCount> change = _get(StackedTable.class, spec -> spec.withId("assessment-change-who-5"));
        assertEquals(3, change.items().get(0).people());
        assertTrue(_get(Paragraph.class, spec -> spec.withId("assessment-change-rule")).getText().contains("10 pisteen"));
    }

    @Test
    void theMeasurementPageDrawsTheChartAndTellsTheValuesWithTheirBands() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assessments.episode = List.of(answered(new Schedule.Planned("start", 0, "who-5", start), 1, T),
                answered(new Schedule.Planned("six-months", 1, "who-5", start.plusDays(182)), 4, T.plusSeconds(86_400 * 180L)));
        kit.signInProfessional().start();
        assertEquals(200, kit.open("lappi/surveys/assessments/episode/7"));
        NativeTable wellbeing = _get(NativeTable.class, spec -> spec.withId("assessment-chart-who-5-wellbeing"));
        List<List<String>> rows = _find(wellbeing, NativeTableBody.class).get(0).getChildren()
                .map(r -> r.getChildren().map(c -> ((NativeTableCell) c).getText()).toList()).toList();
        assertEquals("Alussa", rows.get(0).get(0));
        assertEquals("20", rows.get(0).get(2));
        assertEquals("80", rows.get(1).get(2));
        String lowBand = WHO5.scores().stream().filter(r -> r.code().equals("wellbeing")).findFirst().orElseThrow()
                .bands().get(0).label().fi();
        assertEquals(lowBand, rows.get(0).get(3));
        assertTrue(_find(Html.class).stream().anyMatch(h -> h.getInnerHtml().contains("<polyline")), "the line is drawn");
        assertEquals(404, kit.open("lappi/surveys/assessments/episode/99"), "an episode the reader may not see is not found");
    }


    @Test
    void aManagerGivesOneServiceASchedule() {
        kit.signInManager().start();
        assertEquals(200, kit.open("lappi/surveys/assessments/schedule"));
        assertTrue(_get(Paragraph.class, spec -> spec.withId("schedule-note")).getText().contains("oletus"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> scope = _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("schedule-scope"));
        scope.setValue("tyokykytiimi");
        @SuppressWarnings("unchecked")
        StackedTable<fi.kykyverkko.surveys.assessment.SchedulePoint> points = _get(StackedTable.class, spec -> spec.withId("schedule-points"));
        assertEquals(6, points.items().size(), "starts from what applies now");
        // drop one point, add a follow-up three months after the end
        _click(_find(points, com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withText("Poista")).get(2)); // six-months WHO-5
        assertEquals(5, points.items().size());
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("schedule-code")).setValue("follow-up");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<fi.kykyverkko.surveys.assessment.Anchor> anchor =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("schedule-anchor"));
        anchor.setValue(fi.kykyverkko.surveys.assessment.Anchor.END);
        _get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("schedule-days")).setValue(90);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> instrument = _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("schedule-instrument"));
        instrument.setValue("who-5");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("schedule-add")));
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("schedule-save")));
        List<fi.kykyverkko.surveys.assessment.SchedulePoint> saved = assessments.stored.get("tyokykytiimi");
        assertEquals(6, saved.size(), saved.toString());
        assertEquals(new fi.kykyverkko.surveys.assessment.SchedulePoint("follow-up", fi.kykyverkko.surveys.assessment.Anchor.END, 90, "who-5"),
                saved.get(5));
        assertTrue(_get(Paragraph.class, spec -> spec.withId("schedule-note")).getText().contains("oma"));
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("schedule-reset")));
        assertTrue(assessments.stored.isEmpty());
    }
}
