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
import fi.kykyverkko.panels.ideas.IdeaOutcome;
import fi.kykyverkko.panels.ideas.IdeaParticipant;
import fi.kykyverkko.panels.ideas.IdeaStatus;
import fi.kykyverkko.panels.ideas.IdeaUpdate;
import fi.kykyverkko.panels.ideas.MemberNotice;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.panel.Cadence;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.MeetingScript;
import fi.kykyverkko.panels.panel.NewMember;
import fi.kykyverkko.panels.panel.PanelDraft;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.panels.panel.Panels;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The panels demo (only with {@code kyky.demo-data=true}), after the networks demo: Lapland's customer panel of the
 * Työkyky käyttöön project as seed 001 tells it — 9 members, monthly Friday meetings at the same time and place
 * (Nuorten Ystävät ry's premises in Roihula), five held in 2022 (March–May, August, September), the city's network
 * coordinator facilitating with two co-facilitators and the project's note-taker; the ideas with their real outcomes
 * (the path from occupational health to the work ability team, the two trainings, the peer-group idea being looked
 * into, the "own companion" client-manager wish, and the principles poster "Kohtaamisen huoneentaulu"). The next
 * six months' meetings are generated from the cadence, so the facilitator can run one. Members who agreed to e-mail
 * get their page's link by mail. A region that has the panel gets nothing more.
 */
@ApplicationScoped
public class PanelsDemoData {

    private static final Logger LOG = Logger.getLogger(PanelsDemoData.class.getName());
    static final TenantId LAPPI = TenantId.of("lappi");
    public static final String LAPLAND_PANEL = "Asiakasraati (Työkyky käyttöön)";
    static final String PLACE = "Nuorten Ystävät ry, Roihula, Rovaniemi";

    /** name, language, e-mail (null: no consent). Invented people. */
    static final String[][] MEMBERS = {
            {"Aino Raatilainen", "fi-plain", "aino.raati@example.fi"},
            {"Eero Kallio", "fi", "eero.raati@example.fi"},
            {"Helmi Niemi", "fi", null},
            {"Jussi Ylitalo", "fi-plain", null},
            {"Kaisu Ruotsalainen", "sv", "kaisu.raati@example.fi"},
            {"Lauri Hautala", "fi", null},
            {"Minna Paavola", "fi-plain", "minna.raati@example.fi"},
            {"Olli Vaara", "fi", null},
            {"Sanna Kivelä", "en", null},
    };

    @Inject
    DemoData demo;

    @Inject
    TenantData data;

    @Inject
    TenantRegistry registry;

    @Inject
    Panels panels;

    /** After the networks (default), surveys (3500) and consultations (3600) demos. */
    void onTenantsReady(@Observes @Priority(3700) TenantsReady ready) {
        if (!demo.enabled() || registry.find(LAPPI).isEmpty()) {
            return;
        }
        try {
            lapland();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo panel of " + LAPPI + " could not be loaded", e);
        }
    }

    static PortalUser demoUser() {
        return new PortalUser("demo", "Demo-aineisto", false, Map.of(LAPPI, Set.of(Roles.PANEL_FACILITATOR)));
    }

    /** Lapland's panel; nothing when it is there already. */
    public void lapland() {
        boolean exists = data.call(LAPPI, em -> em.createQuery("SELECT COUNT(p) FROM CustomerPanel p WHERE p.name = :n", Long.class)
                .setParameter("n", LAPLAND_PANEL).getSingleResult()) > 0;
        if (exists) {
            return;
        }
        PortalUser demo = demoUser();
        Long city = organisation("kaupunki");
        CustomerPanel panel = panels.create(LAPPI, demo, new PanelDraft(LAPLAND_PANEL,
                "Kuulla osatyökykyisten ja pitkäaikaistyöttömien ajatuksia työllisyyspalveluista ja muista työkyvyn tuen palveluista, "
                        + "ja ideoida yhdessä käytännön toimia, joita lähdetään toteuttamaan.",
                city, "Fanni Fasilitaattori", "lappi.panel-facilitator", "Hankkeen pöytäkirjanpitäjä",
                Cadence.monthly(DayOfWeek.FRIDAY, 1, LocalTime.of(13, 0), 120, PLACE), MeetingScript.LAPLAND));
        panel.keepRecruitmentNotes("Raati koottiin helmi–maaliskuussa 2022 markkinoimalla sitä eri kanavissa ja yhteistyökumppaneiden kautta. "
                + "Rekrytointi oli helppoa Nuorten Ystävät ry:n avustuksella, ja kokoontuminen tutussa paikassa oli raatilaisille mieluista.\n"
                + "Mukaan tuli 9 raatilaista: kaksi Työkyky käyttöön -hankkeen asiakasta, muut avotyössä olevia tai työttömiä. "
                + "Tavoite: raatilaiset sitoutuvat ja osallistuvat kaikkiin viiteen kokoontumiseen.");
        panel = panels.save(LAPPI, demo, panel);
        panels.addCoFacilitator(LAPPI, demo, panel.getId(), "Eeva Verkostokoordinaattori", null);
        panels.addCoFacilitator(LAPPI, demo, panel.getId(), "Ville Verkostokoordinaattori", null);
        List<Long> members = new ArrayList<>();
        for (String[] m : MEMBERS) {
            NewMember made = panels.addMember(LAPPI, demo, panel.getId(), m[0], m[1], m[2] != null, m[2]);
            members.add(made.member().getId());
        }
        long panelId = panel.getId();
        CustomerPanel stored = panel;
        data.run(LAPPI, em -> history(em, stored, members, organisation(em, "tyoterveys"), organisation(em, "hyvinvointialue"),
                organisation(em, "kaupunki"), organisation(em, "typ")));
        panels.planMeetings(LAPPI, demo, panelId, PortalTime.today(), PortalTime.today().plusMonths(6));
    }

    private Long organisation(String code) {
        return data.call(LAPPI, em -> organisation(em, code));
    }

    private static Long organisation(EntityManager em, String code) {
        return TenantStore.byCode(em, Organisation.class, code).map(Organisation::getId).orElse(null);
    }

    private static Instant at(LocalDate day, int hour) {
        return PortalTime.instant(LocalDateTime.of(day, LocalTime.of(hour, 0)));
    }

    /** The five meetings of 2022, the ideas with their history, outcomes and the members' notices. */
    private static void history(EntityManager em, CustomerPanel panel, List<Long> members, Long occupationalHealth, Long county, Long city, Long typ) {
        String[][] meetings = {
                {"2022-03", "Työllisyyspalvelut asiakkaan silmin", "Kahvit, tarinat omista palvelupoluista, fläppitaulut"},
                {"2022-04", "Oma rinnallakulkija: millaista tukea toivotaan", "Pienryhmät, ideoiden kirjaaminen fläpeille"},
                {"2022-05", "Kun työsuhde päättyy: työterveyshuollon jälkeen", "Palvelupolun piirtäminen yhdessä"},
                {"2022-08", "Tuettu työhönvalmennus", "Kokemusten jakaminen, äänestys napeilla"},
                {"2022-09", "Kohtaaminen: mitä asiantuntijan pitäisi tietää", "Huoneentaulun kirjoittaminen yhdessä"},
        };
        Cadence cadence = panel.cadence();
        List<PanelMeeting> held = new ArrayList<>();
        for (String[] m : meetings) {
            LocalDate day = cadence.in(YearMonth.parse(m[0]));
            PanelMeeting meeting = new PanelMeeting(panel.getId(), day, at(day, 13), at(day, 15), PLACE);
            meeting.plan(m[1], m[2]);
            meeting.goTo(panel.script().size(), panel.script().size());
            held.add(TenantStore.write(em, "demo", meeting));
        }
        em.flush();
        idea(em, panel, held.get(2), members, "Polku työterveyshuollosta työkyvyn tuen tiimiin",
                "Tukea tarvitaan, kun työterveyshuollon palvelut päättyvät työsuhteen päättyessä: asiakas ei saa pudota palvelujen väliin.",
                occupationalHealth, "Rovaniemen kaupungin työkykykoordinaattori", List.<Object[]>of(
                        new Object[]{LocalDate.of(2022, 5, 20), IdeaStatus.LOOKED_INTO, 10, "Polkua ei alun perin ollut tarkoitus mallintaa; raadin ehdotuksesta se otettiin työn alle."},
                        new Object[]{LocalDate.of(2022, 8, 19), IdeaStatus.IN_PROGRESS, 60, "Polkua mallinnetaan työkyvyn tuen tiimiin."},
                        new Object[]{LocalDate.of(2022, 10, 14), IdeaStatus.DONE, 100, "Polku on käytössä Rovaniemen kaupungin työterveyshuollossa."}),
                List.<String[]>of(new String[]{"Uusi palvelupolku työterveyshuollosta työkyvyn tuen tiimiin",
                        "Jos jatkopolku ei selviä työterveysneuvotteluissa, asiakas voidaan ohjata työkyvyn tuen tiimiin Rovaniemen kaupungin "
                                + "työkykykoordinaattorin lähettämänä. Käytössä vain Rovaniemen kaupungin työterveyshuollossa (Lappica) kaupungin työntekijöille.",
                        "2022-10-14"}));
        idea(em, panel, held.get(2), members, "Työterveyshuollon asiantuntijoille tietoa jatkopoluista",
                "Työterveyshuollon asiantuntijat eivät tienneet, mihin asiakas ohjataan työsuhteen päättyessä.",
                county, "Työkyky käyttöön -hanke", List.<Object[]>of(
                        new Object[]{LocalDate.of(2022, 8, 19), IdeaStatus.IN_PROGRESS, 50, "Ensimmäinen koulutus pidetty."},
                        new Object[]{LocalDate.of(2022, 10, 14), IdeaStatus.DONE, 100, "Molemmat koulutukset pidetty."}),
                List.<String[]>of(new String[]{"Koulutus Ohjaamon ja Osaamon palveluista", "Työterveyshuollon asiantuntijoille.", "2022-08-19"},
                        new String[]{"Koulutus TE-palveluiden ja kuntakokeilun työkykykoordinaattorien roolista",
                                "Työkykykoordinaattorien rooli asiakkaan työllistymispolulla; työterveyshuollon asiantuntijoille.", "2022-10-14"}));
        idea(em, panel, held.get(3), members, "Vertaistukiryhmä työhönvalmennuksessa oleville",
                "Ryhmä kokoontuisi kerran kuussa vuorotellen jommankumman työhönvalmentajan johdolla.",
                city, "Työhönvalmentajat", List.<Object[]>of(
                        new Object[]{LocalDate.of(2022, 10, 14), IdeaStatus.LOOKED_INTO, 10,
                                "Ideaa testataan keväällä, jos tuettu työhönvalmennus vakinaistetaan kaupungin työllisyyspalveluihin."}),
                List.of());
        idea(em, panel, held.get(1), members, "Oma rinnallakulkija (asiakasvastaavamalli)",
                "Oma asiantuntija, johon voi olla yhteydessä ja joka tuntee tilanteen; tieto siirtyy, ettei omaa tilannetta tarvitse selittää moneen kertaan.",
                typ, "Työkyvyn tuen tiimi", List.<Object[]>of(
                        new Object[]{LocalDate.of(2022, 5, 20), IdeaStatus.LOOKED_INTO, 10, "Asiakasvastaavamalli otettiin pilotoitavaksi."},
                        new Object[]{LocalDate.of(2022, 10, 14), IdeaStatus.IN_PROGRESS, 40,
                                "Pilotointi jäi vähäiseksi tiimin pienen asiakasmäärän vuoksi; vastuuhenkilö kirjataan työkyvyn tuen suunnitelmaan."}),
                List.of());
        idea(em, panel, held.get(4), members, "Asiakkaan aito kohtaaminen",
                "Periaatteet siitä, miten asiantuntija kohtaa asiakkaan: ihmisenä, omassa tahdissa, niin ettei tarvitse aloittaa alusta.",
                county, "Työkyky käyttöön -hanke", List.<Object[]>of(
                        new Object[]{LocalDate.of(2022, 9, 16), IdeaStatus.IN_PROGRESS, 80, "Huoneentaulu kirjoitettiin yhdessä raadissa."},
                        new Object[]{LocalDate.of(2022, 10, 14), IdeaStatus.DONE, 100, "Huoneentaulua käytetään asiantuntijoiden koulutuksissa."}),
                List.<String[]>of(new String[]{"Kohtaamisen huoneentaulu (Asiakasraati, syksy 2022)",
                        "Kohtaathan minut aina ihmisenä, omana itsenäni, sillä meillä kaikilla on erilainen tarina.\n"
                                + "Annathan minulle aikaa ja läsnäoloa, kun tulen luoksesi.\n"
                                + "Tuuppaathan minua kohti tavoitteitani, sillä edetäkseni tarvitsen kannustamisen lisäksi myös velvoitteita.\n"
                                + "Annathan minun edetä omassa tahdissani.\n"
                                + "Huolehdithan, etten joudu aloittamaan alusta, jos tilallesi tulee uusi rinnallakulkija.\n"
                                + "Kohdatkaamme toisemme joka tilanteessa arvostavasti ja kunnioittaen.",
                        "2022-09-16"}));
    }

    private static void idea(EntityManager em, CustomerPanel panel, PanelMeeting meeting, List<Long> members, String title, String description,
                             Long org, String person, List<Object[]> updates, List<String[]> outcomes) {
        PanelIdea idea = new PanelIdea(panel.getId(), meeting.getId(), null, title, description, PortalTime.date(meeting.getStartsAt()));
        TenantStore.write(em, "demo", idea);
        em.flush();
        em.persist(new IdeaUpdate(idea.getId(), meeting.getStartsAt(), "demo", IdeaStatus.NEW, 0, null));
        for (Long m : members) {
            em.persist(new IdeaParticipant(idea.getId(), m));
        }
        for (Object[] u : updates) {
            LocalDate day = (LocalDate) u[0];
            IdeaStatus status = (IdeaStatus) u[1];
            int progress = (Integer) u[2];
            String note = (String) u[3];
            idea.apply(new fi.kykyverkko.panels.ideas.IdeaChange(status, progress, null, org, person, note));
            em.persist(new IdeaUpdate(idea.getId(), at(day, 12), "demo", status, progress, note));
            for (Long m : members) {
                em.persist(new MemberNotice(m, idea.getId(), at(day, 12), status, progress, note, false));
            }
        }
        TenantStore.write(em, "demo", idea);
        for (String[] o : outcomes) {
            TenantStore.write(em, "demo", new IdeaOutcome(idea.getId(), o[0], o[1], LocalDate.parse(o[2])));
        }
    }
}
