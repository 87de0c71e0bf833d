package fi.kykyverkko.consultations.demo;

import fi.kykyverkko.consultations.booking.Asker;
import fi.kykyverkko.consultations.booking.CaseHistory;
import fi.kykyverkko.consultations.booking.CaseText;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.calendar.FinnishCalendar;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.series.PanelSeat;
import fi.kykyverkko.consultations.series.Recurrence;
import fi.kykyverkko.consultations.series.SeriesDraft;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.demo.DemoData;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.schema.TenantsReady;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.people.Person;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The consultations demo (only with {@code kyky.demo-data=true}), after the networks demo: Lapland's Thursday 14–15
 * consultation hour with its panel (social worker, public health nurse, Kela decision expert, rehabilitation counsellor,
 * client manager; the two the networks demo lacks are added as network people), a year of anonymous cases with their
 * outcomes (a fixed seed, so every start makes the same year) and the coming twelve weeks' sessions; Kymenlaakso's weekly
 * work ability team hours at its three sites and the physiotherapist's weekly consultation; Keusote's (Keski-Uusimaa) pair
 * consultations of its touring coordinator. A region that has the demo's series (or pair consultations) gets nothing more.
 */
@ApplicationScoped
public class ConsultationsDemoData {

    private static final Logger LOG = Logger.getLogger(ConsultationsDemoData.class.getName());
    static final TenantId LAPPI = TenantId.of("lappi");
    static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    static final TenantId KESKI_UUSIMAA = TenantId.of("keski-uusimaa");
    public static final String LAPLAND_TITLE = "Konsultaatiotunti";
    static final String GROUND_RULES = "Tuo asiakkaan asia nimettömänä: ei nimeä, henkilötunnusta, osoitetta tai muuta, mistä asiakkaan tunnistaa. "
            + "Tapaukset käsitellään saapumisjärjestyksessä, noin 15 minuuttia kukin. Varaa viimeistään edellisenä arkipäivänä klo 12. "
            + "Asiantuntijat osallistuvat etäyhteydellä. Jos kukaan ei varaa, asiantuntijoiden aika vapautuu.";

    private static final String[][] QUESTIONS = {
            {"Asiakas on ollut pitkään työttömänä ja kertoo väsymyksestä. Mihin palveluun hänet kannattaisi ohjata ensin?", "UNSURE_HOW_TO_PROCEED"},
            {"Asiakkaalla on useita palveluja, mutta kukaan ei koordinoi kokonaisuutta. Kuka ottaa vastuun?", "SERVICE_GUIDANCE"},
            {"Hyötyisikö asiakas työkyvyn tuen tiimin monialaisesta arviosta?", "WOULD_TEAM_HELP"},
            {"Asiakkaan selkäkivut: onko tämä sairauden hoitoa vai terveydenhoitoa, ja kumpaan ohjataan?", "ILLNESS_OR_HEALTH_CARE"},
            {"Asiakkaalla on talous- ja asumisvaikeuksia. Hyötyisikö hän sosiaalihuollon palveluista?", "WOULD_SOCIAL_SERVICES_HELP"},
            {"Tarvitaanko työ- ja toimintakyvyn arviointia ennen kuntoutusta?", "ASSESSMENT_NEEDED"},
            {"Asiakas harkitsee eläkettä. Millaista tietoa hänelle kannattaisi antaa?", "OTHER"},
    };
    private static final String[] DESCRIPTIONS = {
            "Noin 50-vuotias, työtön kolme vuotta, aiempi ala rakennus. Terveystarkastus tehty viime vuonna.",
            "Noin 30-vuotias, kuntouttavassa työtoiminnassa, ei ammatillista koulutusta.",
            "Noin 45-vuotias, osa-aikatyössä, toistuvia sairauslomia.",
            "Noin 60-vuotias, pitkä työhistoria, nyt työtön. Kelan päätös kuntoutuksesta odottaa.",
            "Noin 25-vuotias, keskeyttänyt kaksi koulutusta, asuu yksin.",
    };
    private static final Outcome[] OUTCOMES = {Outcome.SOLVED, Outcome.SOLVED, Outcome.SOLVED, Outcome.REFER_TO_TEAM, Outcome.REFER_TO_SERVICE,
            Outcome.NEEDS_ASSESSMENT, Outcome.OTHER};

    @Inject
    DemoData demo;

    @Inject
    TenantData data;

    @Inject
    TenantRegistry registry;

    @Inject
    ConsultationHours hours;

    /** After the networks demo (default priority) and the surveys demo (3500). */
    void onTenantsReady(@Observes @Priority(3600) TenantsReady ready) {
        if (!demo.enabled()) {
            return;
        }
        if (registry.find(LAPPI).isPresent()) {
            try {
                lapland();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo consultations of " + LAPPI + " could not be loaded", e);
            }
        }
        if (registry.find(KESKI_UUSIMAA).isPresent()) {
            try {
                keskiUusimaa();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo pair consultations of " + KESKI_UUSIMAA + " could not be loaded", e);
            }
        }
        if (registry.find(KYMENLAAKSO).isPresent()) {
            try {
                kymenlaakso();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo consultations of " + KYMENLAAKSO + " could not be loaded", e);
            }
        }
    }

    /**
     * Keusote's work ability coordinator touring the health stations: a year of pair consultations with doctors and
     * nurses, held and logged with their outcomes (a fixed seed), and one still requested.
     */
    void keskiUusimaa() {
        if (data.call(KESKI_UUSIMAA, em -> em.createQuery("SELECT COUNT(p) FROM PairConsultation p", Long.class).getSingleResult()) > 0) {
            return;
        }
        int made = data.call(KESKI_UUSIMAA, em -> {
            Person coordinator = TenantStore.byCode(em, Person.class, "p-koordinaattori").orElse(null);
            if (coordinator == null) {
                return 0;
            }
            Random random = new Random(474);
            String[] topics = {"Työkyvyn arvion tarve pitkään sairauslomalla olleella", "Ohjaus työkyvyn tuen tiimiin vai kuntoutukseen",
                    "Kelan ammatillisen kuntoutuksen edellytykset", "Työttömän terveystarkastuksen jatko", "Osatyökykyisen työhön paluun tuki"};
            String[][] askers = {{"lääkäri", "Terveysasema, Hyvinkää"}, {"lääkäri", "Terveysasema, Järvenpää"},
                    {"sairaanhoitaja", "Terveysasema, Tuusula"}, {"terveydenhoitaja", "Terveysasema, Kerava"}};
            Outcome[] outcomes = {Outcome.SOLVED, Outcome.SOLVED, Outcome.REFER_TO_TEAM, Outcome.NEEDS_ASSESSMENT, Outcome.OTHER};
            LocalDate today = PortalTime.today();
            int count = 0;
            for (LocalDate day = today.minusWeeks(52); day.isBefore(today); day = day.plusDays(3 + random.nextInt(8))) {
                if (!FinnishCalendar.isWorkingDay(day)) {
                    continue;
                }
                String[] asker = askers[random.nextInt(askers.length)];
                fi.kykyverkko.consultations.pairs.PairConsultation pair = new fi.kykyverkko.consultations.pairs.PairConsultation(
                        topics[random.nextInt(topics.length)], day, coordinator.getId(),
                        new Asker("demo.pair." + random.nextInt(20), asker[0], asker[1], null, null), PortalTime.startOf(day).minusSeconds(86400L * 3));
                pair.accept(PortalTime.startOf(day).minusSeconds(86400L * 2));
                pair.log(day, outcomes[random.nextInt(outcomes.length)], null, null, 20 + random.nextInt(40));
                TenantStore.write(em, "demo", pair);
                count++;
            }
            TenantStore.write(em, "demo", new fi.kykyverkko.consultations.pairs.PairConsultation("Työhön paluun tuki osa-aikaisesti",
                    today.plusDays(7), coordinator.getId(), new Asker("demo.pair.1", "lääkäri", "Terveysasema, Hyvinkää", null, null),
                    java.time.Instant.now()));
            return count;
        });
        LOG.info(() -> "Demo pair consultations of " + KESKI_UUSIMAA + " loaded: " + made);
    }

    static PortalUser demoUser(TenantId region) {
        return new PortalUser("demo", "Demo-aineisto", false, Map.of(region, Set.of(Roles.PROFESSIONAL)));
    }

    private boolean has(TenantId region, String title) {
        return hours.list(region, demoUser(region)).stream().anyMatch(s -> title.equals(s.getTitle()));
    }

    void lapland() {
        PortalUser demoUser = demoUser(LAPPI);
        if (has(LAPPI, LAPLAND_TITLE) || data.call(LAPPI, em -> em.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult()) == 0) {
            return;
        }
        LocalDate today = PortalTime.today();
        LocalDate firstThursday = today.minusWeeks(52).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        ConsultationSeries series = hours.create(LAPPI, demoUser, new SeriesDraft(LAPLAND_TITLE,
                "Matalan kynnyksen nimetön konsultaatio asiakasvastaaville ja muille ammattilaisille: tukea palvelutarpeen arvioon haastavissa asiakastilanteissa.",
                GROUND_RULES, Recurrence.WEEKLY, firstThursday, LocalTime.of(14, 0), LocalTime.of(15, 0), null,
                "https://teams.example.fi/lappi-konsultaatiotunti", 4,
                List.of("asiakasvastaava", "sosiaalityöntekijä", "sosiaaliohjaaja", "lääkäri", "TE-asiantuntija", "työkykykoordinaattori"),
                List.of(), 1, LocalTime.NOON));
        List<PanelSeat> panel = data.call(LAPPI, em -> List.of(
                seat(em, "p-03", null, null, null, "sosiaalityöntekijä"),
                seat(em, "p-terveydenhoitaja", "Tiina Terveydenhoitaja", "terveydenhoitaja", "hyvinvointialue", "terveydenhoitaja"),
                seat(em, "p-kela-asiantuntija", null, null, null, "Kelan ratkaisuasiantuntija"),
                seat(em, "p-kuntoutusohjaaja", "Kalle Kuntoutusohjaaja", "kuntoutusohjaaja (Kaiku-hanke)", "hyvinvointialue", "kuntoutusohjaaja"),
                seat(em, "p-05", null, null, null, "asiakasvastaava")));
        hours.setPanel(LAPPI, demoUser, series.getId(), panel);
        int cases = data.call(LAPPI, em -> pastYear(em, series, firstThursday, today));
        int coming = hours.generate(LAPPI, demoUser, series.getId(), today, today.plusWeeks(12)).size();
        LOG.info(() -> "Demo consultations of " + LAPPI + " loaded: " + cases + " cases in the past year, " + coming + " coming sessions");
    }

    /** The person of {@code code}, made with the given name, title and organisation when the networks demo has none. */
    private static PanelSeat seat(EntityManager em, String code, String name, String title, String organisation, String profession) {
        Person person = TenantStore.byCode(em, Person.class, code).orElseGet(() -> {
            Person made = new Person();
            made.setCode(code);
            made.setName(name);
            made.setTitle(title);
            made.setEmail(code + "@demo.kykyverkko.invalid");
            made.setOrganisation(TenantStore.byCode(em, Organisation.class, organisation).orElse(null));
            return TenantStore.save(em, Person.class, "demo", made);
        });
        return new PanelSeat(person.getId(), person.getName(), null, person.getEmail(), person.getUsername(), profession);
    }

    /** Every Thursday of the past year that was a working day: held with 1–3 anonymous cases, or released when none came. */
    private static int pastYear(EntityManager em, ConsultationSeries series, LocalDate first, LocalDate today) {
        Random random = new Random(2022); // the year the hour began: the same demo every start
        Optional<Long> service = em.createQuery("SELECT s FROM CatalogueService s ORDER BY s.id", CatalogueService.class).setMaxResults(1)
                .getResultStream().findFirst().map(CatalogueService::getId);
        List<Asker> askers = List.of(
                new Asker("lappi.professional", "asiakasvastaava", "Rovaniemen työllisyyden kuntakokeilu", "kuntakokeilu", null),
                new Asker("demo.asker.2", "asiakasvastaava", "Rovaniemen työllisyyden kuntakokeilu", "kuntakokeilu", null),
                new Asker("demo.asker.3", "sosiaalityöntekijä", "Lapin hyvinvointialue", "hyvinvointialue", null),
                new Asker("demo.asker.4", "sosiaaliohjaaja", "Rovaniemen kaupunki", "kaupunki", null),
                new Asker("demo.asker.5", "TE-asiantuntija", "TE-palvelut", "te-palvelut", null),
                new Asker("demo.asker.6", "lääkäri", "Lapin hyvinvointialue", "hyvinvointialue", null));
        int made = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusWeeks(1)) {
            if (!FinnishCalendar.isWorkingDay(day)) {
                continue;
            }
            ConsultationSession session = new ConsultationSession(series, day);
            int count = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(3);
            if (count == 0) {
                session.release(session.getBookingDeadline());
                TenantStore.write(em, "demo", session);
                continue;
            }
            TenantStore.write(em, "demo", session);
            for (int i = 0; i < count; i++) {
                String[] question = QUESTIONS[random.nextInt(QUESTIONS.length)];
                Outcome outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                if (outcome == Outcome.REFER_TO_SERVICE && service.isEmpty()) {
                    outcome = Outcome.REFER_TO_TEAM;
                }
                CaseHistory.record(em, "demo", session, new CaseText(question[0], Reason.valueOf(question[1]),
                                DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)]), askers.get(random.nextInt(askers.size())),
                        session.getBookingDeadline().minusSeconds(3600L * (2 + random.nextInt(70))), outcome,
                        outcome == Outcome.REFER_TO_SERVICE ? service.get() : null, followUp(outcome), 10 + random.nextInt(16));
                made++;
            }
            session.markHeld();
            TenantStore.write(em, "demo", session);
        }
        return made;
    }

    private static String followUp(Outcome outcome) {
        return switch (outcome) {
            case SOLVED -> "Asiakasvastaava jatkaa asiakkaan kanssa saamiensa ohjeiden mukaan.";
            case REFER_TO_TEAM -> "Asiakasvastaava tekee ohjauksen työkyvyn tuen tiimiin.";
            case REFER_TO_SERVICE -> "Asiakasvastaava ohjaa asiakkaan palveluun ja kertoo tuloksesta seuraavalla tunnilla.";
            case NEEDS_ASSESSMENT -> "Terveydenhoitaja varaa ajan työ- ja toimintakyvyn arvioon.";
            case OTHER -> "Palataan asiaan tarvittaessa.";
        };
    }

    void kymenlaakso() {
        PortalUser demoUser = demoUser(KYMENLAAKSO);
        String first = "Työkykytiimin konsultaatioaika, Kotka";
        if (has(KYMENLAAKSO, first)) {
            return;
        }
        LocalDate today = PortalTime.today();
        String[][] sites = {{"Kotka", "Työkykytiimi, Kotkan toimipiste", "TUESDAY"}, {"Kouvola", "Työkykytiimi, Kouvolan toimipiste", "WEDNESDAY"},
                {"Hamina", "Työkykytiimi, Haminan toimipiste", "THURSDAY"}};
        List<ConsultationSeries> made = new ArrayList<>();
        for (String[] site : sites) {
            made.add(hours.create(KYMENLAAKSO, demoUser, new SeriesDraft("Työkykytiimin konsultaatioaika, " + site[0],
                    "Työkykytiimin viikoittainen konsultaatioaika ammattilaisille (kahdensuuntainen konsultaatio).", GROUND_RULES, Recurrence.WEEKLY,
                    today.with(TemporalAdjusters.next(DayOfWeek.valueOf(site[2]))), LocalTime.of(13, 0), LocalTime.of(14, 0), site[1], null, 3,
                    List.of(), List.of(), 1, LocalTime.NOON)));
        }
        made.add(hours.create(KYMENLAAKSO, demoUser, new SeriesDraft("Fysioterapeutin konsultaatio",
                "Fysioterapeutin viikoittainen konsultaatio terveysasemien ammattilaisille: konsultaatio lähetteen sijaan (jono 70 → 16).",
                GROUND_RULES, Recurrence.WEEKLY, today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), LocalTime.of(10, 0), LocalTime.of(11, 0),
                "Monialainen työelämäpalvelu, Kotka", "https://teams.example.fi/kymenlaakso-fysio", 4, List.of(), List.of(), 1, LocalTime.NOON)));
        List<PanelSeat> team = data.call(KYMENLAAKSO, em -> List.of(
                seat(em, "p-03", null, null, null, "sosiaalityöntekijä"),
                seat(em, "p-kela-asiantuntija", null, null, null, "Kelan ratkaisuasiantuntija"),
                seat(em, "p-koordinaattori", null, null, null, "työkykykoordinaattori")));
        PanelSeat physio = data.call(KYMENLAAKSO, em -> seat(em, "p-fysioterapeutti", "Pia Fysioterapeutti", "fysioterapeutti", "hyvinvointialue",
                "fysioterapeutti"));
        for (int i = 0; i < made.size(); i++) {
            hours.setPanel(KYMENLAAKSO, demoUser, made.get(i).getId(), i < 3 ? team : List.of(physio));
            hours.generate(KYMENLAAKSO, demoUser, made.get(i).getId(), today, today.plusWeeks(8));
        }
        LOG.info(() -> "Demo consultations of " + KYMENLAAKSO + " loaded: 3 sites and the physiotherapist");
    }
}
