package fi.kykyverkko.panels.demo;

import fi.kykyverkko.kernel.demo.DemoData;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.schema.TenantsReady;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.panels.ideas.IdeaChange;
import fi.kykyverkko.panels.ideas.IdeaStatus;
import fi.kykyverkko.panels.ideas.IdeaUpdate;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.panel.Cadence;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.MeetingScript;
import fi.kykyverkko.panels.panel.PanelDraft;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.panels.rounds.InterviewRound;
import fi.kykyverkko.panels.rounds.InterviewRounds;
import fi.kykyverkko.panels.rounds.RoundDraft;
import fi.kykyverkko.panels.rounds.RoundFinding;
import fi.kykyverkko.panels.tasks.ResidentTask;
import fi.kykyverkko.panels.tasks.ResidentTasks;
import fi.kykyverkko.panels.tasks.TaskAnswer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Kymenlaakso's panel demo (only with {@code kyky.demo-data=true}), as seeds 000 and 004 tell it: no clients came to
 * a traditional customer panel, so the panel was taken where the clients were — the rehabilitative work activity
 * units — and held as interviews of the clients (seed 000, "Itsearviointi"). One interview round there with the
 * client-experience findings of the final report, one finding made an idea (the expert by experience's support work,
 * piloted and rooted in the service); and a one-week task of the Kymsote "Prototyypit" online resident community
 * (seed 004: tasks in active periods of about a week) with answers saying what the community found important (seed
 * 000: easy access to health checks for the unemployed, work ability services without a referral, a job coach's
 * support), made into one idea; and a task open this week, for the public page. Loaded once: a region that has the
 * panel gets nothing more.
 */
@ApplicationScoped
public class KymenlaaksoPanelDemoData {

    private static final Logger LOG = Logger.getLogger(KymenlaaksoPanelDemoData.class.getName());
    static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    public static final String PANEL = "Asiakasraati siellä, missä asiakkaat ovat";
    public static final String ROUND_THEME = "Mikä auttaa työllistymään ja työkyvyssä?";
    public static final String TASK = "Prototyypit: työkyvyn tuki työttömälle";
    public static final String OPEN_TASK = "Prototyypit: millainen on hyvä ensimmäinen tapaaminen?";

    @Inject
    DemoData demo;

    @Inject
    TenantData data;

    @Inject
    TenantRegistry registry;

    @Inject
    Panels panels;

    @Inject
    InterviewRounds rounds;

    @Inject
    ResidentTasks tasks;

    /** After the Lapland panels demo (3700). */
    void onTenantsReady(@Observes @Priority(3710) TenantsReady ready) {
        if (!demo.enabled() || registry.find(KYMENLAAKSO).isEmpty()) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo panel of " + KYMENLAAKSO + " could not be loaded", e);
        }
    }

    static PortalUser demoUser() {
        return new PortalUser("demo", "Demo-aineisto", false, Map.of(KYMENLAAKSO, Set.of(Roles.PANEL_FACILITATOR)));
    }

    public void load() {
        boolean exists = data.call(KYMENLAAKSO, em -> em.createQuery("SELECT COUNT(p) FROM CustomerPanel p WHERE p.name = :n", Long.class)
                .setParameter("n", PANEL).getSingleResult()) > 0;
        if (exists) {
            return;
        }
        PortalUser demo = demoUser();
        Long county = organisation("hyvinvointialue");
        Long unit = organisation("kuntouttava-tyotoiminta-kotka");
        CustomerPanel panel = panels.create(KYMENLAAKSO, demo, new PanelDraft(PANEL,
                "Kuulla työkyvyn tuen palveluiden asiakkaita. Koska perinteiseen asiakasraatiin ei löytynyt asiakkaita, raati viedään sinne, "
                        + "missä asiakkaat ovat: kuntouttavan työtoiminnan yksiköihin, ja toteutetaan asiakkaiden haastatteluina.",
                county, "Fanni Fasilitaattori", "kymenlaakso.panel-facilitator", null,
                Cadence.monthly(DayOfWeek.WEDNESDAY, 1, LocalTime.of(10, 0), 90, "Kuntouttavan työtoiminnan yksikkö, Kotka"), MeetingScript.LAPLAND));
        panel.keepRecruitmentNotes("Perinteiseen raatiin ei löytynyt asiakkaita (osin Covid-19-tilanteen vuoksi). "
                + "Raati toteutettiin haastatteluina kuntouttavan työtoiminnan yksiköissä.");
        panel = panels.save(KYMENLAAKSO, demo, panel);
        long panelId = panel.getId();

        InterviewRound round = rounds.plan(KYMENLAAKSO, demo, panelId, new RoundDraft(ROUND_THEME, unit,
                "Kuntouttavan työtoiminnan yksikkö, Kotka", LocalDate.of(2022, 9, 6), LocalDate.of(2022, 9, 8), 14,
                "Monialaisen työelämäpalvelun kehittäjä; kokemusasiantuntija"));
        List<RoundFinding> findings = new ArrayList<>();
        for (String f : new String[]{
                "Työllistymistä edistävät erityisesti opiskelut ja kurssit, työkokeilut, työn muokkaus sekä yleinen asennemuutos.",
                "Tehokkaimpia työkyvyn edistämisen keinoja ovat liikunta, harrastamisen tukeminen ja terveydenhuollon keinot.",
                "Ammattilaisten toivotaan ymmärtävän paremmin asiakkaan asemaa ja ongelmia.",
                "Terveydenhuollon ja kuntoutuksen toimenpiteisiin on vaikea päästä: jonotusajat ovat pitkiä."}) {
            findings.add(rounds.addFinding(KYMENLAAKSO, demo, round.getId(), f));
        }
        PanelIdea support = rounds.makeIdea(KYMENLAAKSO, demo, findings.get(2).getId(), "Kokemusasiantuntijan tukityö palveluun",
                "Asiakkaat toivoivat, että ammattilaiset ymmärtäisivät paremmin asiakkaan asemaa ja ongelmia. Vastauksena pilotoidaan "
                        + "kokemusasiantuntijan tukityötä Monialaisessa työelämäpalvelussa.");
        data.run(KYMENLAAKSO, em -> {
            PanelIdea idea = em.find(PanelIdea.class, support.getId());
            idea.apply(new IdeaChange(IdeaStatus.DONE, 100, null, county, "Monialainen työelämäpalvelu", null));
            TenantStore.write(em, "demo", idea);
            em.persist(new IdeaUpdate(idea.getId(), PortalTime.startOf(LocalDate.of(2022, 12, 1)), "demo", IdeaStatus.DONE, 100,
                    "Kokemusasiantuntijan tukityö on pilotoitu ja juurrutettu palveluun."));
        });

        ResidentTask task = tasks.create(KYMENLAAKSO, demo, panelId, TASK,
                "Mikä auttaisi työtöntä pitämään huolta terveydestään ja työkyvystään?\nMitä toivot työkyvyn arvioinnin ja tuen palveluilta?",
                LocalDate.of(2022, 10, 3), ResidentTask.DEFAULT_DAYS);
        LocalDate day = LocalDate.of(2022, 10, 4);
        Object[][] answers = {
                {1, "Terveystarkastukseen pitäisi päästä helposti silloinkin, kun ei ole työterveyshuoltoa.", null},
                {2, "Työkyvyn arviointiin pitäisi päästä ilman lähetettä. Lähetteen odottaminen vie kuukausia.", "Kotkalainen"},
                {2, "Työhönvalmentajan tuki auttoi minua eniten: joku kulki rinnalla.", null},
                {2, "Olisi hyvä, että eri ammattilaiset tekisivät arvion yhdessä, ettei tarvitse kertoa samaa monelle.", "Kouvolasta"},
        };
        List<Long> ids = new ArrayList<>();
        data.run(KYMENLAAKSO, em -> {
            for (Object[] a : answers) {
                TaskAnswer answer = TaskAnswer.collected(task.getId(), (Integer) a[0], (String) a[1], (String) a[2], day);
                em.persist(answer);
                em.flush();
                ids.add(answer.getId());
            }
        });
        tasks.makeIdea(KYMENLAAKSO, demo, task.getId(), ids.subList(0, 3), "Työttömälle helppo pääsy terveystarkastukseen ja työkyvyn tukeen",
                "Prototyypit-yhteisö piti tärkeänä työttömien helppoa pääsyä terveystarkastuksiin, pääsyä työkyvyn arvioinnin ja tuen "
                        + "palveluihin ilman lähetettä sekä työhönvalmentajan tukea.");
        tasks.create(KYMENLAAKSO, demo, panelId, OPEN_TASK, "Mikä tekee ensimmäisestä tapaamisesta ammattilaisen kanssa hyvän?",
                PortalTime.today(), ResidentTask.DEFAULT_DAYS);
    }

    private Long organisation(String code) {
        return data.call(KYMENLAAKSO, em -> TenantStore.byCode(em, Organisation.class, code).map(Organisation::getId).orElse(null));
    }
}
