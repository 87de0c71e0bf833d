package fi.kykyverkko.surveys.demo;

import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.kernel.demo.DemoData;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.links.LiveLink;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.schema.TenantsReady;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.surveys.answering.SubmissionKeys;
import fi.kykyverkko.surveys.answering.SurveyAnswers;
import fi.kykyverkko.surveys.assessment.Measurement;
import fi.kykyverkko.surveys.assessment.SelfAssessments;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.survey.Audience;
import fi.kykyverkko.surveys.survey.Invitation;
import fi.kykyverkko.surveys.survey.ReminderPolicy;
import fi.kykyverkko.surveys.survey.Reminders;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.SurveyDraft;
import fi.kykyverkko.surveys.survey.Surveys;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo of surveys and self-assessment in the demo region Lappi (only with {@code kyky.demo-data=true}), after the
 * clients demo caseload and the instrument templates are in: the clients of the first two open episodes get an e-mail
 * address ({@link #CLIENT_EMAILS}, when the demo gave none) and their WHO-5 start measurement a personal link, mailed to that address through
 * {@link SelfAssessments#issueLink} (the demo mail page shows it); and one network survey
 * ({@value #SURVEY_TITLE}) with three invitations, one of them answered and one reminder sent, through
 * {@link Surveys} and {@link Reminders}. Each part is done once: a start whose measurement has a link, or a region
 * that has the survey, adds nothing and sends no mail.
 */
@ApplicationScoped
public class SurveysDemoData {

    private static final Logger LOG = Logger.getLogger(SurveysDemoData.class.getName());
    public static final TenantId REGION = TenantId.of("lappi");
    public static final String SURVEY_TITLE = "Verkostoyhteistyö (demo)";
    /** The addresses given to the first two open episodes' clients (when the demo gave them none). */
    public static final List<String> CLIENT_EMAILS = List.of("asiakas.demo@example.fi", "asiakas2.demo@example.fi");
    static final List<String> INVITED = List.of("kumppani.yksi@example.fi", "kumppani.kaksi@example.fi", "kumppani.kolme@example.fi");

    @Inject
    DemoData demo;

    @Inject
    TenantData data;

    @Inject
    fi.kykyverkko.kernel.tenancy.TenantRegistry registry;

    @Inject
    SelfAssessments assessments;

    @Inject
    Surveys surveys;

    @Inject
    SurveyAnswers answers;

    @Inject
    Reminders reminders;

    @Inject
    @ConfigProperty(name = "kyky.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    /** After the clients demo (3000) and the templates (the default priority). */
    void onTenantsReady(@Observes @Priority(3500) TenantsReady ready) {
        if (!demo.enabled() || registry.find(REGION).isEmpty()
                || data.call(REGION, em -> em.createQuery("SELECT COUNT(c) FROM Client c", Long.class).getSingleResult()) == 0) {
            return;
        }
        try {
            selfAssessment();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo self-assessment of " + REGION + " could not be loaded", e);
        }
        try {
            survey();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo survey of " + REGION + " could not be loaded", e);
        }
    }

    /** Who acts for the demo: a professional of the region named "demo" (its audit entries say so). */
    static PortalUser demoUser() {
        return new PortalUser("demo", "Demo-aineisto", false, Map.of(REGION, Set.of(Roles.PROFESSIONAL)));
    }

    void selfAssessment() {
        List<Episode> open = data.call(REGION, em -> em.createQuery(
                "SELECT e FROM Episode e WHERE e.endedOn IS NULL ORDER BY e.id", Episode.class).setMaxResults(CLIENT_EMAILS.size()).getResultList());
        for (int i = 0; i < open.size(); i++) {
            link(open.get(i), CLIENT_EMAILS.get(i));
        }
    }

    private void link(Episode episode, String address) {
        Access access = Access.view(demoUser(), "demo");
        Optional<Measurement> start = assessments.measurementsOf(REGION, access, episode.getId()).stream()
                .filter(m -> "start".equals(m.getPointCode()) && "who-5".equals(m.getInstrumentCode())).findFirst();
        if (start.isEmpty() || start.get().isAnswered() || start.get().getLinkId().isPresent()) {
            return; // issued at an earlier start (or answered): no second mail
        }
        data.run(REGION, em -> {
            Client client = em.find(Client.class, episode.getClientId());
            if (client.getEmail() == null) {
                client.setEmail(address);
                TenantStore.write(em, "demo", client);
            }
        });
        boolean mailed = assessments.issueLink(REGION, access, start.get().getId(), portalUrl).mailed();
        LOG.info(() -> "Demo self-assessment link of " + REGION + " for episode " + episode.getId() + (mailed ? " mailed" : " issued, not mailed"));
    }

    void survey() {
        PortalUser organiser = demoUser();
        if (surveys.list(REGION, organiser).stream().anyMatch(s -> SURVEY_TITLE.equals(s.getTitle()))) {
            return;
        }
        Instant now = Instant.now();
        Survey survey = surveys.create(REGION, organiser, new SurveyDraft(SURVEY_TITLE, "lapland-network-cooperation", Audience.NETWORK_MEMBERS,
                fi.kykyverkko.surveys.survey.Access.PRIVATE_LINKS, false, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                new ReminderPolicy(7, 2), null));
        surveys.invite(REGION, organiser, survey.getId(), INVITED.subList(0, 2), "fi");
        Invitation first = surveys.invitations(REGION, organiser, survey.getId()).stream()
                .filter(i -> i.getEmail().equals(INVITED.get(0))).findFirst().orElseThrow();
        LiveLink link = new LiveLink(first.getLinkId(), Surveys.LINK_PURPOSE, "invitation:" + first.getId(), UseMode.REUSABLE_UNTIL_SUBMITTED,
                now.plus(Duration.ofDays(30)), null);
        answers.target(REGION, link).ifPresent(target -> answers.submit(REGION, target, SubmissionKeys.newKey(), cooperationAnswers(target)));
        reminders.remindNow(REGION, organiser, survey.getId()); // the second, unanswered invitation
        surveys.invite(REGION, organiser, survey.getId(), INVITED.subList(2, 3), "fi"); // invited after the reminder: none yet
        LOG.info(() -> "Demo survey of " + REGION + " loaded");
    }

    /** Every statement of the matrix answered 4 ("jokseenkin samaa mieltä"). */
    private static AnswerSet cooperationAnswers(fi.kykyverkko.surveys.answering.AnswerTarget target) {
        Map<String, List<String>> given = new java.util.LinkedHashMap<>();
        for (var item : target.definition().items()) {
            if (item.type() == fi.kykyverkko.surveys.instruments.ItemType.MATRIX) {
                item.answerKeys().forEach(key -> given.put(key, List.of("4")));
            }
        }
        return new AnswerSet(given);
    }
}
