package fi.kykyverkko.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.consultations.booking.Bookings;
import fi.kykyverkko.consultations.booking.CaseText;
import fi.kykyverkko.consultations.booking.CaseTextCheck;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.calendar.FinnishCalendar;
import fi.kykyverkko.consultations.release.SessionRelease;
import fi.kykyverkko.consultations.release.SessionReleaseSchedule;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.series.PanelSeat;
import fi.kykyverkko.consultations.series.Recurrence;
import fi.kykyverkko.consultations.series.SeriesDraft;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.consultations.sessions.SessionState;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.OrganisationType;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Consultation hours inside Payara Micro on MariaDB, in two regions made for this class: booking with the text check,
 * arrival order under concurrent bookings, the cancel cut-off, the release job and its mail, and region isolation.
 */
class ConsultationsIT extends PortalInsideTest {

    private static TenantId region;
    private static TenantId other;

    @Inject
    ConsultationHours hours;

    @Inject
    Bookings bookings;

    @Inject
    SessionRelease release;

    @Inject
    fi.kykyverkko.consultations.stats.ConsultationStatistics statistics;

    @Inject
    fi.kykyverkko.consultations.pairs.PairConsultations pairs;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantData data;

    /** The container's threads: CDI, JTA and naming work in them as in a request's. */
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService pool;

    private TenantId region(boolean second) {
        synchronized (ConsultationsIT.class) {
            if (region == null) {
                region = make("it-consult-");
                other = make("it-consult-b-");
            }
            return second ? other : region;
        }
    }

    private TenantId make(String prefix) {
        TenantId id = TenantId.of(prefix + UUID.randomUUID().toString().substring(0, 8));
        try {
            provisioner.create(new TenantDefinition(id, new LocalizedText("Konsultaatioalue", "Konsultationsområde", "Consultation region"),
                    "Konsultaatio-organisaatio", List.of("Konsultaatiola"), Set.of(), "base", List.of()), "ConsultationsIT");
        } catch (fi.kykyverkko.kernel.tenancy.TenantExistsException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static PortalUser organiser(TenantId tenant) {
        return new PortalUser("it.consult.organiser", "IT Organiser", false, Map.of(tenant, Set.of(Roles.PROFESSIONAL)));
    }

    private static PortalUser member(TenantId tenant, String username) {
        return new PortalUser(username, username, false, Map.of(tenant, Set.of(Roles.NETWORK_MEMBER)));
    }

    /** A network person with a portal account, in an organisation of its own code. */
    private Person person(TenantId tenant, String username, String title, String organisationCode) {
        return data.call(tenant, em -> {
            Organisation organisation = em.createQuery("SELECT o FROM Organisation o WHERE o.code = :c", Organisation.class)
                    .setParameter("c", organisationCode).getResultStream().findFirst().orElseGet(() -> {
                        Organisation made = new Organisation();
                        made.setCode(organisationCode);
                        made.setNameFi("Organisaatio " + organisationCode);
                        made.setType(OrganisationType.OTHER);
                        return fi.kykyverkko.kernel.domain.TenantStore.write(em, "it", made);
                    });
            Person person = new Person();
            person.setCode("p-" + UUID.randomUUID().toString().substring(0, 12));
            person.setName("Henkilö " + username);
            person.setTitle(title);
            person.setOrganisation(organisation);
            person.setEmail(username + "@example.fi");
            person.setUsername(username);
            return fi.kykyverkko.kernel.domain.TenantStore.write(em, "it", person);
        });
    }

    private ConsultationSeries series(TenantId tenant, int capacityPerHour, List<String> professions) {
        return hours.create(tenant, organiser(tenant), new SeriesDraft("IT-konsultaatio " + UUID.randomUUID().toString().substring(0, 6),
                "Matalan kynnyksen konsultaatio", "Ei tunnistetietoja", Recurrence.AD_HOC, null, LocalTime.of(14, 0), LocalTime.of(15, 0),
                null, "https://teams.example.fi/it", capacityPerHour, professions, List.of(), null, null));
    }

    /** A working day at least {@code days} ahead: its deadline is in the future. */
    private static LocalDate ahead(int days) {
        LocalDate day = PortalTime.today().plusDays(days);
        while (!FinnishCalendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private String schema(TenantId tenant) {
        return registry.require(tenant).schemaName();
    }

    /** Moves a session's deadline to the past (a session that was booked before it and whose deadline has now passed). */
    private void deadlinePassed(TenantId tenant, long sessionId) {
        data.run(tenant, em -> em.createNativeQuery("UPDATE " + schema(tenant) + ".consultation_session SET booking_deadline = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1)))
                .setParameter(2, sessionId).executeUpdate());
        data.run(tenant, em -> em.getEntityManagerFactory().getCache().evictAll());
    }

    private long count(TenantId tenant, String sql, Object... params) {
        return data.call(tenant, em -> {
            var q = em.createNativeQuery(sql.replace("{schema}", schema(tenant)));
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private static CaseText text(String question) {
        return new CaseText(question, Reason.SERVICE_GUIDANCE, "Noin 40-vuotias, työtön kaksi vuotta, terveystarkastus 2025 tehty.");
    }

    @Test
    void bookingQueuesCasesInArrivalOrderForThePanelAndRefusesAnIdentifyingText() {
        TenantId tenant = region(false);
        Person expert = person(tenant, "it.consult.expert1", "sosiaalityöntekijä", "sote");
        person(tenant, "it.consult.asker1", "asiakasvastaava", "kuntakokeilu");
        person(tenant, "it.consult.asker2", "asiakasvastaava", "kuntakokeilu");
        person(tenant, "it.consult.doctor", "lääkäri", "terveyskeskus");
        ConsultationSeries series = series(tenant, 3, List.of("asiakasvastaava"));
        hours.setPanel(tenant, organiser(tenant), series.getId(), List.of(new PanelSeat(expert.getId(), null, null, null, null, "sosiaalityöntekijä")));
        ConsultationSession session = hours.addSession(tenant, organiser(tenant), series.getId(), ahead(14));
        assertEquals(PortalTime.instant(FinnishCalendar.workingDaysBefore(session.getDate(), 1).atTime(12, 0)), session.getBookingDeadline());

        ConsultationCase first = bookings.book(tenant, member(tenant, "it.consult.asker1"), session.getId(), text("Miten edetä?"));
        ConsultationCase second = bookings.book(tenant, member(tenant, "it.consult.asker2"), session.getId(), text("Hyötyisikö tiimi?"));
        assertEquals(1, first.getArrival());
        assertEquals(2, second.getArrival());
        assertEquals("asiakasvastaava", first.getAskerProfession());
        assertEquals("Organisaatio kuntakokeilu", first.getAskerOrganisation());

        List<ConsultationCase> queue = bookings.queue(tenant, member(tenant, "it.consult.expert1"), session.getId());
        assertEquals(List.of(first.getId(), second.getId()), queue.stream().map(ConsultationCase::getId).toList());
        assertThrows(SecurityException.class, () -> bookings.queue(tenant, member(tenant, "it.consult.asker1"), session.getId()),
                "an asker off the panel does not see the others' cases");

        InvalidInputException notAllowed = assertThrows(InvalidInputException.class,
                () -> bookings.book(tenant, member(tenant, "it.consult.doctor"), session.getId(), text("Lääkärin kysymys")));
        assertEquals("consultations.booking.not-allowed", notAllowed.problems().list().get(0).key());

        long before = count(tenant, "SELECT COUNT(*) FROM {schema}.consultation_case");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> bookings.book(tenant, member(tenant, "it.consult.asker1"), session.getId(),
                        new CaseText("Kysymys", Reason.OTHER, "Asiakas " + plainCode() + " tarvitsee apua")));
        assertEquals("description", refused.problems().list().get(0).field());
        assertEquals("guard.identity-code", refused.problems().list().get(0).key(), "the kernel's identity guard found the code");
        assertEquals(before, count(tenant, "SELECT COUNT(*) FROM {schema}.consultation_case"), "a refused text is never stored");
        assertEquals(0, count(tenant, "SELECT COUNT(*) FROM {schema}.consultation_case WHERE description LIKE ?", "%" + plainCode() + "%"));

        assertThrows(SecurityException.class, () -> bookings.book(tenant,
                new PortalUser("it.consult.facilitator", "F", false, Map.of(tenant, Set.of(Roles.PANEL_FACILITATOR))), session.getId(), text("x")));
    }

    /** A valid demo identity code in its plain form (individual number 900–999, never issued to people). */
    private static String plainCode() {
        return IdentityCode.of(LocalDate.of(1980, 5, 17), 901).value();
    }

    @Test
    void concurrentBookingsGetDistinctArrivalsAndNeverExceedTheCapacity() throws Exception {
        TenantId tenant = region(false);
        ConsultationSeries series = series(tenant, 5, List.of());
        ConsultationSession session = hours.addSession(tenant, organiser(tenant), series.getId(), ahead(21));
        int askers = 9;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < askers; i++) {
            String name = "it.consult.par" + i + "." + UUID.randomUUID().toString().substring(0, 4);
            person(tenant, name, "sosiaaliohjaaja", "kaupunki");
            names.add(name);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        {
            for (String name : names) {
                Callable<Integer> booking = () -> {
                    start.await();
                    try {
                        return bookings.book(tenant, member(tenant, name), session.getId(), text("Rinnakkain " + name)).getArrival();
                    } catch (InvalidInputException full) {
                        return -1;
                    }
                };
                results.add(pool.submit(booking));
            }
            start.countDown();
            List<Integer> arrivals = new ArrayList<>();
            for (Future<Integer> result : results) {
                arrivals.add(result.get(60, TimeUnit.SECONDS));
            }
            List<Integer> booked = arrivals.stream().filter(a -> a > 0).sorted().toList();
            assertEquals(List.of(1, 2, 3, 4, 5), booked, "capacity 5: exactly five booked, numbered 1–5 without gaps or repeats: " + arrivals);
            assertEquals(askers - 5, arrivals.stream().filter(a -> a < 0).count());
        }
        assertEquals(5, count(tenant, "SELECT COUNT(DISTINCT arrival) FROM {schema}.consultation_case WHERE session_id = ?", session.getId()));
        assertEquals(5, count(tenant, "SELECT booked FROM {schema}.consultation_session WHERE id = ?", session.getId()));
        // the queue in arrival order is the order the bookings were stored in
        List<ConsultationCase> queue = bookings.queue(tenant, organiser(tenant), session.getId());
        for (int i = 1; i < queue.size(); i++) {
            assertFalse(queue.get(i).getBookedAt().isBefore(queue.get(i - 1).getBookedAt()), "arrival follows booking time");
        }
    }

    @Test
    void theAskerCancelsUntilTheDeadlineAndNotAfter() {
        TenantId tenant = region(false);
        person(tenant, "it.consult.canceller", "asiakasvastaava", "kuntakokeilu");
        PortalUser asker = member(tenant, "it.consult.canceller");
        ConsultationSeries series = series(tenant, 1, List.of());
        ConsultationSession session = hours.addSession(tenant, organiser(tenant), series.getId(), ahead(10));
        ConsultationCase booked = bookings.book(tenant, asker, session.getId(), text("Peruttava"));
        assertThrows(InvalidInputException.class, () -> bookings.book(tenant, asker, session.getId(), text("Toinen")), "capacity 1: full");
        assertThrows(SecurityException.class, () -> bookings.cancel(tenant, member(tenant, "it.consult.someone"), booked.getId()),
                "only the asker cancels");
        bookings.cancel(tenant, asker, booked.getId());
        assertTrue(bookings.mine(tenant, asker).stream().anyMatch(b -> b.booked().getId().equals(booked.getId()) && b.booked().isCancelled()));
        ConsultationCase again = bookings.book(tenant, asker, session.getId(), text("Uudestaan"));
        assertEquals(2, again.getArrival(), "the freed place is booked again; the arrival number is not reused");
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM {schema}.outgoing_mail WHERE recipient = ? AND template_code = 'consultations.cancelled'"
                + " AND attachment_name LIKE '%.ics'", "it.consult.canceller@example.fi"));

        deadlinePassed(tenant, session.getId());
        InvalidInputException late = assertThrows(InvalidInputException.class, () -> bookings.cancel(tenant, asker, again.getId()));
        assertEquals("consultations.cancel.late", late.problems().list().get(0).key());
        InvalidInputException lateBooking = assertThrows(InvalidInputException.class,
                () -> bookings.book(tenant, member(tenant, "it.consult.canceller"), session.getId(), text("Myöhässä")));
        assertEquals("consultations.booking.late", lateBooking.problems().list().get(0).key());
    }

    @Test
    void theReleaseJobFreesUnbookedHoursAndRemindsBookedOnesOnce() throws Exception {
        TenantId tenant = region(false);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Person expert = person(tenant, "it.consult.rel." + tag, "Kelan ratkaisuasiantuntija", "kela");
        person(tenant, "it.consult.relasker." + tag, "asiakasvastaava", "kuntakokeilu");
        ConsultationSeries series = series(tenant, 3, List.of());
        hours.setPanel(tenant, organiser(tenant), series.getId(), List.of(new PanelSeat(expert.getId(), null, null, null, null, "ratkaisuasiantuntija")));
        ConsultationSession empty = hours.addSession(tenant, organiser(tenant), series.getId(), ahead(30));
        ConsultationSession booked = hours.addSession(tenant, organiser(tenant), series.getId(), ahead(40));
        ConsultationSession notYet = hours.addSession(tenant, organiser(tenant), series.getId(), ahead(50));
        bookings.book(tenant, member(tenant, "it.consult.relasker." + tag), booked.getId(), text("Muistutettava"));
        deadlinePassed(tenant, empty.getId());
        deadlinePassed(tenant, booked.getId());

        long execution = SessionReleaseSchedule.start();
        var operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until) && operator.getJobExecution(execution).getEndTime() == null) {
            Thread.sleep(200);
        }
        assertEquals(jakarta.batch.runtime.BatchStatus.COMPLETED, operator.getJobExecution(execution).getBatchStatus());

        assertEquals(SessionState.RELEASED, state(tenant, empty.getId()));
        assertEquals(SessionState.OPEN, state(tenant, booked.getId()));
        assertEquals(SessionState.OPEN, state(tenant, notYet.getId()));
        String expertAddress = "it.consult.rel." + tag + "@example.fi";
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM {schema}.outgoing_mail WHERE recipient = ? AND template_code = 'consultations.released'"
                + " AND attachment_name LIKE '%.ics' AND attachment_type LIKE 'text/calendar%method=CANCEL%'", expertAddress));
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM {schema}.outgoing_mail WHERE recipient = ? AND template_code = 'consultations.expert-reminder'",
                expertAddress));
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM {schema}.outgoing_mail WHERE recipient = ? AND template_code = 'consultations.asker-reminder'",
                "it.consult.relasker." + tag + "@example.fi"));
        assertEquals(0, count(tenant, "SELECT COUNT(*) FROM {schema}.outgoing_mail WHERE body_text LIKE '%Muistutettava%'"), "no mail quotes a case");

        SessionRelease.Outcome again = release.runDue(tenant);
        assertEquals(0, again.released() + again.reminded(), "a second run does nothing: " + again);
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM {schema}.outgoing_mail WHERE recipient = ? AND template_code = 'consultations.released'",
                expertAddress));
    }

    private SessionState state(TenantId tenant, long sessionId) {
        return data.call(tenant, em -> {
            em.getEntityManagerFactory().getCache().evictAll();
            return em.find(ConsultationSession.class, sessionId).getState();
        });
    }

    @Test
    void anotherRegionNeverSeesTheCases() {
        TenantId lappi = region(false);
        TenantId kymi = region(true);
        person(lappi, "it.consult.both", "asiakasvastaava", "kuntakokeilu");
        person(kymi, "it.consult.both", "asiakasvastaava", "kuntakokeilu");
        ConsultationSeries series = series(lappi, 3, List.of());
        ConsultationSession session = hours.addSession(lappi, organiser(lappi), series.getId(), ahead(15));
        bookings.book(lappi, member(lappi, "it.consult.both"), session.getId(), text("Vain Lapissa"));

        assertTrue(bookings.mine(kymi, member(kymi, "it.consult.both")).isEmpty(), "the same username in another region books nothing there");
        assertTrue(hours.list(kymi, organiser(kymi)).stream().noneMatch(s -> s.getTitle().equals(series.getTitle())));
        assertEquals(0, count(kymi, "SELECT COUNT(*) FROM {schema}.consultation_case WHERE question = 'Vain Lapissa'"));
        // the session's id means nothing in the other region: not found, or another region's own session
        Set<Long> kymiSessionIds = new HashSet<>(data.call(kymi, em -> em.createQuery("SELECT s.id FROM ConsultationSession s", Long.class).getResultList()));
        if (!kymiSessionIds.contains(session.getId())) {
            assertThrows(IllegalArgumentException.class, () -> bookings.queue(kymi, organiser(kymi), session.getId()));
        }
        assertThrows(SecurityException.class, () -> bookings.mine(lappi, member(kymi, "it.consult.both")).size(),
                "a member of the other region only");
    }

    @Test
    void theStatisticsCountCasesByProfessionReasonAndOutcomeWithoutIdentities() {
        TenantId tenant = region(false);
        String profession = "tilastoija-" + UUID.randomUUID().toString().substring(0, 4);
        Person expert = person(tenant, "it.consult.statexpert", "terveydenhoitaja", "sote");
        person(tenant, "it.consult.stat1", profession, "kuntakokeilu");
        person(tenant, "it.consult.stat2", profession, "kuntakokeilu");
        ConsultationSeries series = series(tenant, 3, List.of());
        hours.setPanel(tenant, organiser(tenant), series.getId(), List.of(new PanelSeat(expert.getId(), null, null, null, null, "terveydenhoitaja")));
        ConsultationSession session = hours.addSession(tenant, organiser(tenant), series.getId(), ahead(12));
        LocalDate from = session.getDate().withDayOfMonth(1);
        LocalDate until = from.plusMonths(1);
        var before = statistics.of(tenant, organiser(tenant), from, until);
        ConsultationCase one = bookings.book(tenant, member(tenant, "it.consult.stat1"), session.getId(),
                new CaseText("Tilasto 1", Reason.WOULD_TEAM_HELP, null));
        ConsultationCase two = bookings.book(tenant, member(tenant, "it.consult.stat2"), session.getId(),
                new CaseText("Tilasto 2", Reason.WOULD_TEAM_HELP, null));
        assertThrows(SecurityException.class, () -> bookings.conclude(tenant, member(tenant, "it.consult.stat1"), one.getId(),
                fi.kykyverkko.consultations.booking.Outcome.SOLVED, null, null, 5), "an asker does not record outcomes");
        bookings.conclude(tenant, member(tenant, "it.consult.statexpert"), one.getId(), fi.kykyverkko.consultations.booking.Outcome.SOLVED,
                null, "Ratkesi", 20);
        assertThrows(InvalidInputException.class, () -> bookings.conclude(tenant, organiser(tenant), two.getId(),
                fi.kykyverkko.consultations.booking.Outcome.REFER_TO_SERVICE, 999_999_999L, null, 10), "an unknown catalogue service");
        var after = statistics.of(tenant, organiser(tenant), from, until);
        assertEquals(before.cases() + 2, after.cases());
        assertEquals(2L, after.byProfession().get(profession));
        assertEquals(before.byReason().getOrDefault(Reason.WOULD_TEAM_HELP, 0L) + 2, after.byReason().get(Reason.WOULD_TEAM_HELP));
        assertEquals(before.byOutcome().getOrDefault(fi.kykyverkko.consultations.booking.Outcome.SOLVED, 0L) + 1,
                after.byOutcome().get(fi.kykyverkko.consultations.booking.Outcome.SOLVED));
        assertEquals(before.withoutOutcome() + 1, after.withoutOutcome());
        assertEquals(before.casesTimed() + 1, after.casesTimed());
        assertThrows(SecurityException.class, () -> statistics.of(tenant, member(tenant, "it.consult.stat1"), from, until), "organisers only");
    }

    @Test
    void aPairConsultationIsRequestedAcceptedByTheConsultantLoggedAndCounted() {
        TenantId tenant = region(false);
        String profession = "pari-" + UUID.randomUUID().toString().substring(0, 4);
        Person coordinator = person(tenant, "it.consult.coordinator", "työkykykoordinaattori", "sote");
        person(tenant, "it.consult.pairasker", profession, "terveysasema");
        PortalUser asker = member(tenant, "it.consult.pairasker");
        LocalDate today = PortalTime.today();
        var before = statistics.of(tenant, organiser(tenant), today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1));
        assertThrows(InvalidInputException.class, () -> pairs.request(tenant, asker, coordinator.getId(), "Asiakas " + plainCode(), today),
                "the topic is checked like a case's text");
        var pair = pairs.request(tenant, asker, coordinator.getId(), "Työkyvyn arvion tarve", today);
        assertThrows(SecurityException.class, () -> pairs.accept(tenant, asker, pair.getId()), "the requester does not accept their own");
        pairs.accept(tenant, member(tenant, "it.consult.coordinator"), pair.getId());
        pairs.log(tenant, member(tenant, "it.consult.coordinator"), pair.getId(), today, fi.kykyverkko.consultations.booking.Outcome.NEEDS_ASSESSMENT,
                null, "Arvio varataan", 40);
        assertTrue(pairs.list(tenant, asker).stream().anyMatch(p -> p.getId().equals(pair.getId())));
        var after = statistics.of(tenant, organiser(tenant), today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1));
        assertEquals(before.pairConsultations() + 1, after.pairConsultations());
        assertEquals(1L, after.byProfession().get(profession));
        assertEquals(before.cases(), after.cases(), "a pair consultation is not a consultation hour's case");
    }
}
