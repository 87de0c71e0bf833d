package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.surveys.assessment.ChangeCount;
import fi.kykyverkko.surveys.assessment.DueMeasurement;
import fi.kykyverkko.surveys.assessment.IssuedMeasurementLink;
import fi.kykyverkko.surveys.assessment.Measurement;
import fi.kykyverkko.surveys.assessment.MeasurementState;
import fi.kykyverkko.surveys.assessment.RecordedAnswer;
import fi.kykyverkko.surveys.assessment.Schedule;
import fi.kykyverkko.surveys.assessment.SelfAssessments;
import fi.kykyverkko.surveys.assessment.StoredScore;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Self-assessment inside Payara Micro on the real MariaDB, in a region of this class's own (the demo regions are only
 * checked for what they must not see): the default schedule plans an episode's measurements, a personal link answers
 * one with WHO-5 scored and stored once, the version freezes, the consent gate and the regions hold, and the change
 * per service counts the people with two measurements.
 */
class SelfAssessmentIT extends PortalInsideTest {

    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    private static TenantId region;

    @Inject
    SelfAssessments assessments;

    @Inject
    Clients clients;

    @Inject
    InstrumentLibrary library;

    @Inject
    PersonalLinks links;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    AuditLog audit;

    @Inject
    TenantProvisioner provisioner;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    private TenantId region() throws Exception {
        synchronized (SelfAssessmentIT.class) {
            if (region == null) {
                TenantId id = TenantId.of("it-assess-" + UUID.randomUUID().toString().substring(0, 8));
                provisioner.create(new TenantDefinition(id, new LocalizedText("Arviointialue", "Bedömningsområde", "Assessment region"),
                        "Arviointi-organisaatio", List.of("Arviola"), Set.of(), "base", List.of()), "SelfAssessmentIT");
                region = id;
            }
            return region;
        }
    }

    private static PortalUser person(TenantId tenant, String name, String role) {
        return new PortalUser("it.assess." + name, "IT Assess " + name, false, Map.of(tenant, Set.of(role)));
    }

    private Access professional(TenantId tenant) {
        return Access.view(person(tenant, "professional", Roles.PROFESSIONAL), "it/assessments");
    }

    /** A client with an episode in the region's first service, started {@code daysAgo} days ago. */
    private Episode episode(TenantId tenant, String lastName, int daysAgo) {
        Access access = professional(tenant);
        long client = clients.register(tenant, access, Client.named("Testi", lastName), null).client().getId();
        String service = clients.services(tenant).stream().filter(s -> s.isActive()).findFirst().orElseThrow().getCode();
        return clients.openEpisode(tenant, access, client, service, PortalTime.today().minusDays(daysAgo));
    }

    private static AnswerSet who5(int each) {
        String v = String.valueOf(each);
        return AnswerSet.of("cheerful", v, "calm", v, "active", v, "rested", v, "interest", v);
    }

    private Measurement at(List<Measurement> all, String point, String instrument) {
        return all.stream().filter(m -> m.getPointCode().equals(point) && m.getInstrumentCode().equals(instrument)).findFirst()
                .orElseThrow(() -> new AssertionError(point + " " + instrument + " in " + all.stream().map(Measurement::getPointCode).toList()));
    }

    private long answer(TenantId tenant, Episode episode, String point, int each) {
        Measurement m = at(assessments.measurementsOf(tenant, professional(tenant), episode.getId()), point, "who-5");
        IssuedMeasurementLink link = assessments.issueLink(tenant, professional(tenant), m.getId(), null);
        assessments.recordAnswer(tenant, link.link().id(), who5(each));
        return link.link().id();
    }

    @Test
    void theDefaultSchedulePlansStartAndSixMonthsForAnOpenEpisodeAndTheEndOnceItEnds() throws Exception {
        TenantId here = region();
        Episode episode = episode(here, "Aikataulu", 30);
        List<Measurement> planned = assessments.measurementsOf(here, professional(here), episode.getId());
        assertEquals(4, planned.size(), "start and six months, two instruments each");
        assertEquals(episode.getStartedOn(), at(planned, Schedule.START, "who-5").getDueOn());
        assertEquals(episode.getStartedOn().plusDays(182), at(planned, Schedule.SIX_MONTHS, "work-ability-score").getDueOn());
        assertEquals(MeasurementState.OVERDUE, at(planned, Schedule.START, "who-5").state(PortalTime.today()), "30 days after its day");
        assertEquals(4, assessments.measurementsOf(here, professional(here), episode.getId()).size(), "reading again plans nothing more");

        clients.change(here, professional(here), episode.getId(), e -> e.end(EndReason.values()[0], PortalTime.today()));
        List<Measurement> ended = assessments.measurementsOf(here, professional(here), episode.getId());
        assertEquals(4, ended.size(), "ended before six months: the end replaces the six-month point");
        assertEquals(PortalTime.today(), at(ended, Schedule.END, "who-5").getDueOn());
        assertTrue(ended.stream().noneMatch(m -> m.getPointCode().equals(Schedule.SIX_MONTHS)));
        // the read is audited as the client's measurements
        assertFalse(audit.search(here, AuditFilter.all().subject(episode.getClientId()).category(DataCategory.MEASUREMENTS)).isEmpty());
    }

    @Test
    void aLinkAnswersWho5ScoredOnceAndFreezesTheVersion() throws Exception {
        TenantId here = region();
        Episode episode = episode(here, "Vastaaja", 10);
        Measurement start = at(assessments.measurementsOf(here, professional(here), episode.getId()), Schedule.START, "who-5");
        IssuedMeasurementLink link = assessments.issueLink(here, professional(here), start.getId(), null);
        assertTrue(link.path().startsWith("/l/" + here.value() + "/"));
        var live = links.resolve(here, link.link().token()).orElseThrow();
        assertEquals(Measurement.LINK_PURPOSE, live.purpose());
        assertEquals("measurement:" + start.getId(), live.subject());

        // a wrong answer is refused with its problems and stores nothing
        assertThrows(InvalidInputException.class, () -> assessments.recordAnswer(here, live.id(), AnswerSet.of("cheerful", "9")));
        assertTrue(links.resolve(here, link.link().token()).isPresent(), "still open after a refused answer");

        // 3+2+4+1+2 = 12 raw, × 4 = 48 wellbeing: "low" (29–50)
        AnswerSet answers = AnswerSet.of("cheerful", "3", "calm", "2", "active", "4", "rested", "1", "interest", "2");
        RecordedAnswer first = assessments.recordAnswer(here, live.id(), answers);
        assertFalse(first.repeated());
        StoredScore wellbeing = first.scores().stream().filter(s -> s.code().equals("wellbeing")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("48").compareTo(wellbeing.value()));
        assertEquals("low", wellbeing.band());
        assertEquals(0, new BigDecimal("12").compareTo(first.scores().stream().filter(s -> s.code().equals("raw")).findFirst().orElseThrow().value()));

        // a double submit or a retry stores nothing more and answers the stored scores
        RecordedAnswer again = assessments.recordAnswer(here, live.id(), who5(5));
        assertTrue(again.repeated());
        assertEquals(first.scores(), again.scores());
        assertTrue(links.resolve(here, link.link().token()).isEmpty(), "the link is spent once submitted");
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*), MAX(answers) FROM " + here.schema()
                     + ".measurement WHERE episode_id = ? AND answered_at IS NOT NULL")) {
            count.setLong(1, episode.getId());
            try (ResultSet row = count.executeQuery()) {
                assertTrue(row.next());
                assertEquals(1, row.getInt(1));
                assertTrue(row.getString(2).contains("\"rested\":[\"1\"]"), row.getString(2));
            }
        }
        Measurement stored = at(assessments.measurementsOf(here, professional(here), episode.getId()), Schedule.START, "who-5");
        int version = stored.getInstrumentVersion().orElseThrow();
        assertTrue(library.version(here, professional(here).user(), "who-5", version).orElseThrow().isFrozen());
        assertTrue(assessments.forLink(here, live.id()).orElseThrow().measurement().isAnswered());
    }

    @Test
    void aNetworkMemberWithoutConsentSeesNoMeasurementsAndCannotIssueLinks() throws Exception {
        TenantId here = region();
        Episode episode = episode(here, "Suojattu", 5);
        assertEquals(4, assessments.measurementsOf(here, professional(here), episode.getId()).size());
        String suffix = Long.toString(System.nanoTime(), 36);
        PortalUser staff = person(here, "staff", Roles.TENANT_ADMIN);
        Organisation org = new Organisation();
        org.setCode("ulko-" + suffix);
        org.setNameFi("Ulkopuolinen " + suffix);
        org = organisations.save(here, staff, org);
        PortalUser member = person(here, "member-" + suffix, Roles.NETWORK_MEMBER);
        Person p = new Person();
        p.setCode("jasen-" + suffix);
        p.setName("Verkosto Jäsen");
        p.setUsername(member.username());
        p.setOrganisation(org);
        people.save(here, staff, p);

        Access asMember = Access.view(member, "it/assessments");
        assertEquals(List.of(), assessments.measurementsOf(here, asMember, episode.getId()));
        long anyId = assessments.measurementsOf(here, professional(here), episode.getId()).get(0).getId();
        assertThrows(SecurityException.class, () -> assessments.issueLink(here, asMember, anyId, null));
        assertThrows(SecurityException.class, () -> assessments.dueFor(here, asMember));
        assertThrows(SecurityException.class, () -> assessments.changeByService(here, member, "who-5", "wellbeing"));
    }

    @Test
    void anotherRegionSeesNothingOfTheRegionsMeasurementsOrLinks() throws Exception {
        TenantId here = region();
        Episode episode = episode(here, "Eristetty", 3);
        Measurement m = at(assessments.measurementsOf(here, professional(here), episode.getId()), Schedule.START, "work-ability-score");
        IssuedMeasurementLink link = assessments.issueLink(here, professional(here), m.getId(), null);
        assertTrue(links.resolve(KYMENLAAKSO, link.link().token()).isEmpty());
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + KYMENLAAKSO.schema() + ".measurement WHERE link_id = ?")) {
            count.setLong(1, link.link().id());
            try (ResultSet row = count.executeQuery()) {
                assertTrue(row.next());
                assertEquals(0, row.getInt(1));
            }
        }
        // Kymenlaakso's professional is no one in this region: nothing to list, nothing to count
        PortalUser outsider = person(KYMENLAAKSO, "outsider", Roles.PROFESSIONAL);
        assertEquals(List.of(), assessments.measurementsOf(here, Access.view(outsider, "it/assessments"), episode.getId()));
        assertThrows(SecurityException.class, () -> assessments.changeByService(here, outsider, "who-5", "wellbeing"));
    }

    @Test
    void theResponsiblePersonsListAndTheChangePerServiceWithItsDenominator() throws Exception {
        TenantId here = region();
        // a service of its own in the region, so the other tests' answers are not counted here
        String service = clients.services(here).stream().filter(s -> s.isActive()).skip(1).findFirst().orElseThrow().getCode();
        Access access = professional(here);
        PortalUser staff = person(here, "staff", Roles.TENANT_ADMIN);
        Person me = new Person();
        String suffix = Long.toString(System.nanoTime(), 36);
        me.setCode("vastuu-" + suffix);
        me.setName("Vastuu Henkilö");
        me.setUsername(access.user().username());
        long meId = people.save(here, staff, me).getId();

        int[][] pairs = {{2, 4}, {3, 3}, {4, 2}, {3, -1}}; // improved, unchanged, worse, only a start
        for (int[] pair : pairs) {
            long client = clients.register(here, access, Client.named("Muutos", "Henkilö" + pair[0] + pair[1]), null).client().getId();
            Episode e = clients.openEpisode(here, access, client, service, PortalTime.today().minusDays(190));
            e = clients.change(here, access, e.getId(), ep -> ep.handOverTo(meId, PortalTime.today().minusDays(190)));
            answer(here, e, Schedule.START, pair[0]);
            if (pair[1] >= 0) {
                answer(here, e, Schedule.SIX_MONTHS, pair[1]);
            }
        }
        // and an episode nobody has opened yet: the list plans it itself
        long unread = clients.register(here, access, Client.named("Avaamaton", "Henkilö"), null).client().getId();
        Episode fresh = clients.openEpisode(here, access, unread, service, PortalTime.today().minusDays(190));
        clients.change(here, access, fresh.getId(), ep -> ep.handOverTo(meId, PortalTime.today().minusDays(190)));

        List<DueMeasurement> due = assessments.dueFor(here, access);
        // every episode is 190 days old: the start's work-ability score is overdue, the six-month one due (day 182 + 14),
        // and so is the six-month WHO-5 of the client who answered only the start; the unopened episode has all four
        assertEquals(13, due.size(), due.toString());
        assertEquals(6, due.stream().filter(d -> d.state() == MeasurementState.OVERDUE).count());
        assertEquals(MeasurementState.OVERDUE, due.get(0).state(), "overdue first");
        assertEquals(3, due.stream().filter(d -> d.instrumentCode().equals("who-5")).count(), "the only-start client's six months and the unopened two");
        assertEquals(4, due.stream().filter(d -> d.episodeId() == fresh.getId()).map(DueMeasurement::measurementId).distinct().count(),
                "the unopened episode's rows have their ids");

        long serviceId = clients.services(here).stream().filter(s -> s.getCode().equals(service)).findFirst().orElseThrow().getId();
        ChangeCount count = assessments.changeByService(here, access.user(), "who-5", "wellbeing").stream()
                .filter(c -> c.serviceId() == serviceId).findFirst().orElseThrow();
        assertEquals(new ChangeCount(serviceId, 1, 1, 1, 1), count);
        assertEquals(3, count.people());
    }
}
