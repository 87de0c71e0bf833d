package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.links.LiveLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.surveys.answering.AnswerTarget;
import fi.kykyverkko.surveys.answering.LinkGoneException;
import fi.kykyverkko.surveys.answering.Submission;
import fi.kykyverkko.surveys.answering.SubmissionKeys;
import fi.kykyverkko.surveys.answering.SurveyAnswers;
import fi.kykyverkko.surveys.answering.SurveyClosedException;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.survey.Access;
import fi.kykyverkko.surveys.survey.Audience;
import fi.kykyverkko.surveys.survey.InviteReport;
import fi.kykyverkko.surveys.survey.Reminders;
import fi.kykyverkko.surveys.survey.ReminderPolicy;
import fi.kykyverkko.surveys.survey.Results;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.SurveyDraft;
import fi.kykyverkko.surveys.survey.Surveys;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Surveys inside Payara Micro on MariaDB, in a region made for this class: invitations once per person, the
 * anonymous answers' schema, idempotent submission, the window, freezing the version, reminders and region isolation.
 */
class SurveysIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static TenantId region;

    @Inject
    Surveys surveys;

    @Inject
    SurveyAnswers answers;

    @Inject
    Reminders reminders;

    @Inject
    Results results;

    @Inject
    PersonalLinks links;

    @Inject
    InstrumentLibrary library;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantData data;

    private TenantId region() throws Exception {
        synchronized (SurveysIT.class) {
            if (region == null) {
                TenantId id = TenantId.of("it-surveys-" + UUID.randomUUID().toString().substring(0, 8));
                provisioner.create(new TenantDefinition(id, new LocalizedText("Kyselyalue", "Enkätområde", "Survey region"),
                        "Kyselyorganisaatio", List.of("Kyselylä"), Set.of(), "base", List.of()), "SurveysIT");
                library.installTemplates(id);
                region = id;
            }
            return region;
        }
    }

    private static PortalUser organiser(TenantId tenant) {
        return new PortalUser("it.surveys.organiser", "IT Surveys", false, Map.of(tenant, Set.of(Roles.PROFESSIONAL)));
    }

    private Survey survey(TenantId tenant, String instrument, boolean anonymous, Instant opens, Instant closes) {
        return surveys.create(tenant, organiser(tenant), new SurveyDraft("IT " + instrument + " " + UUID.randomUUID(), instrument,
                Audience.NETWORK_MEMBERS, Access.PRIVATE_LINKS, anonymous, opens, closes, new ReminderPolicy(7, 2), null));
    }

    private Survey openSurvey(TenantId tenant, String instrument, boolean anonymous) {
        Instant now = Instant.now();
        return survey(tenant, instrument, anonymous, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(60)));
    }

    /** The link in the last mail of {@code template} queued for {@code address} in {@code tenant}: the token exists nowhere else. */
    private String tokenMailedTo(TenantId tenant, String address, String template) {
        String body = data.call(tenant, em -> (String) em.createNativeQuery(
                        "SELECT body_text FROM " + schema(tenant) + ".outgoing_mail WHERE recipient = ? AND template_code = ? ORDER BY id DESC")
                .setParameter(1, address).setParameter(2, template).setMaxResults(1).getSingleResult());
        Matcher m = Pattern.compile("/l/" + Pattern.quote(tenant.value()) + "/([A-Za-z0-9_-]{43})").matcher(body);
        assertTrue(m.find(), "no link in the mail: " + body);
        return m.group(1);
    }

    /** Native SQL names the region's schema: a pooled connection may stand in another schema. */
    private String schema(TenantId tenant) {
        return registry.require(tenant).schemaName();
    }

    private long count(TenantId tenant, String sql, Object... params) {
        return data.call(tenant, em -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private AnswerTarget target(TenantId tenant, String token) {
        LiveLink link = links.resolve(tenant, token).orElseThrow();
        return answers.target(tenant, link).orElseThrow();
    }

    @Test
    void everyPersonIsInvitedOnceWithTheirOwnLinkAndMail() throws Exception {
        TenantId tenant = region();
        Survey survey = openSurvey(tenant, "work-ability-score", false);
        String a = "maija." + UUID.randomUUID().toString().substring(0, 6) + "@example.fi";
        InviteReport first = surveys.invite(tenant, organiser(tenant), survey.getId(),
                List.of(a, " " + a.toUpperCase() + " ", "pekka@example.fi", "not an address"), "fi");
        assertEquals(2, first.invited());
        assertEquals(List.of("not an address"), first.refused());
        InviteReport again = surveys.invite(tenant, organiser(tenant), survey.getId(), List.of(a.replace("maija", "MAIJA")), "fi");
        assertEquals(0, again.invited());
        assertEquals(1, again.alreadyInvited().size());
        assertEquals(2, surveys.invitations(tenant, organiser(tenant), survey.getId()).size());
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".outgoing_mail WHERE recipient = ? AND template_code = 'survey-invitation'", a));
        assertTrue(links.resolve(tenant, tokenMailedTo(tenant, a, "survey-invitation")).isPresent());
        assertEquals("0/2", surveys.rate(tenant, organiser(tenant), survey.getId()).text());
    }

    @Test
    void anAnonymousAnswerHasNoColumnPathToItsRespondent() throws Exception {
        TenantId tenant = region();
        String schema = registry.require(tenant).schemaName();
        List<?> columns = data.call(tenant, em -> em.createNativeQuery(
                        "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'survey_anonymous_response' ORDER BY COLUMN_NAME")
                .setParameter(1, schema).getResultList());
        assertEquals(List.of("answers", "id", "submission_key", "submitted_on", "survey_id"), columns);
        List<?> references = data.call(tenant, em -> em.createNativeQuery(
                        "SELECT DISTINCT REFERENCED_TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? "
                                + "AND TABLE_NAME = 'survey_anonymous_response' AND REFERENCED_TABLE_NAME IS NOT NULL")
                .setParameter(1, schema).getResultList());
        assertEquals(List.of("survey"), references);
        // nothing points at the anonymous answers either
        assertEquals(0, count(tenant, "SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? "
                + "AND REFERENCED_TABLE_NAME = 'survey_anonymous_response'", schema));

        Survey survey = openSurvey(tenant, "work-ability-score", true);
        String address = "anon." + UUID.randomUUID().toString().substring(0, 6) + "@example.fi";
        surveys.invite(tenant, organiser(tenant), survey.getId(), List.of(address), "fi");
        String token = tokenMailedTo(tenant, address, "survey-invitation");
        assertEquals(Submission.STORED, answers.submit(tenant, target(tenant, token), SubmissionKeys.newKey(), AnswerSet.of("current", "8")));
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".survey_anonymous_response WHERE survey_id = ?", survey.getId()));
        assertEquals(0, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".survey_response WHERE survey_id = ?", survey.getId()));
        assertEquals("1/1", surveys.rate(tenant, organiser(tenant), survey.getId()).text());
        assertTrue(results.of(tenant, organiser(tenant), survey.getId()).hidden(), "one answer is below the minimum of 5");
    }

    @Test
    void aRepeatedSubmissionStoresOneAnswerAndTheFirstAnswerFreezesTheVersion() throws Exception {
        TenantId tenant = region();
        Survey survey = openSurvey(tenant, "client-satisfaction-grade", false);
        assertFalse(library.version(tenant, organiser(tenant), survey.getInstrumentCode(), survey.getInstrumentNumber()).orElseThrow().isFrozen());
        String address = "retry." + UUID.randomUUID().toString().substring(0, 6) + "@example.fi";
        surveys.invite(tenant, organiser(tenant), survey.getId(), List.of(address), "fi");
        String token = tokenMailedTo(tenant, address, "survey-invitation");
        AnswerTarget target = target(tenant, token);
        String key = SubmissionKeys.newKey();
        String item = target.definition().items().get(0).id();
        AnswerSet given = AnswerSet.of(item, "9");
        assertEquals(Submission.STORED, answers.submit(tenant, target, key, given));
        assertEquals(Submission.ALREADY_STORED, answers.submit(tenant, target, key, given));
        assertEquals(Submission.ALREADY_STORED, answers.submitByToken(tenant, token, "10.0.0.1", key, given), "a retry after the link was spent");
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".survey_response WHERE survey_id = ?", survey.getId()));
        assertTrue(links.resolve(tenant, token).isEmpty(), "the answer spends the private link");
        assertThrows(LinkGoneException.class, () -> answers.submitByToken(tenant, token, "10.0.0.1", SubmissionKeys.newKey(), given));
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".survey_response WHERE survey_id = ?", survey.getId()));
        assertTrue(library.version(tenant, organiser(tenant), survey.getInstrumentCode(), survey.getInstrumentNumber()).orElseThrow().isFrozen());
        assertEquals("1/1", surveys.rate(tenant, organiser(tenant), survey.getId()).text());
    }

    @Test
    void aSurveyOutsideItsWindowRefusesAnswers() throws Exception {
        TenantId tenant = region();
        Instant now = Instant.now();
        Survey later = survey(tenant, "work-ability-score", false, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(8)));
        String address = "early." + UUID.randomUUID().toString().substring(0, 6) + "@example.fi";
        surveys.invite(tenant, organiser(tenant), later.getId(), List.of(address), "fi");
        AnswerTarget target = target(tenant, tokenMailedTo(tenant, address, "survey-invitation"));
        assertThrows(SurveyClosedException.class, () -> answers.submit(tenant, target, SubmissionKeys.newKey(), AnswerSet.of("current", "5")));
        assertEquals(0, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".survey_response WHERE survey_id = ?", later.getId()));
    }

    @Test
    void remindersGoToNonRespondentsOnlyOncePerRoundAndAtMostTwice() throws Exception {
        TenantId tenant = region();
        Survey survey = openSurvey(tenant, "work-ability-score", false);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> people = List.of("r1." + tag + "@example.fi", "r2." + tag + "@example.fi", "r3." + tag + "@example.fi");
        surveys.invite(tenant, organiser(tenant), survey.getId(), people, "fi");
        answers.submit(tenant, target(tenant, tokenMailedTo(tenant, people.get(0), "survey-invitation")), SubmissionKeys.newKey(), AnswerSet.of("current", "7"));
        Instant now = Instant.now();
        assertEquals(0, reminders.sendDue(tenant, survey, now.plus(Duration.ofDays(6))), "not due before 7 days");
        assertEquals(2, reminders.sendDue(tenant, survey, now.plus(Duration.ofDays(8))));
        assertEquals(0, reminders.sendDue(tenant, survey, now.plus(Duration.ofDays(8))), "a re-run sends the round again to nobody");
        assertEquals(2, reminders.sendDue(tenant, survey, now.plus(Duration.ofDays(16))));
        assertEquals(0, reminders.sendDue(tenant, survey, now.plus(Duration.ofDays(40))), "at most two reminders");
        assertEquals(0, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".outgoing_mail WHERE recipient = ? AND template_code = 'survey-reminder'", people.get(0)));
        assertEquals(2, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".outgoing_mail WHERE recipient = ? AND template_code = 'survey-reminder'", people.get(1)));
        // the reminder's fresh link opens the same invitation
        AnswerTarget reminded = target(tenant, tokenMailedTo(tenant, people.get(2), "survey-reminder"));
        assertEquals(Submission.STORED, answers.submit(tenant, reminded, SubmissionKeys.newKey(), AnswerSet.of("current", "6")));
        assertEquals("2/3", surveys.rate(tenant, organiser(tenant), survey.getId()).text());
    }

    @Test
    void remindingNowRemindsEachNonRespondentOnceAndASecondClickNobody() throws Exception {
        TenantId tenant = region();
        Survey survey = openSurvey(tenant, "work-ability-score", false);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> people = List.of("n1." + tag + "@example.fi", "n2." + tag + "@example.fi");
        surveys.invite(tenant, organiser(tenant), survey.getId(), people, "fi");
        answers.submit(tenant, target(tenant, tokenMailedTo(tenant, people.get(0), "survey-invitation")), SubmissionKeys.newKey(), AnswerSet.of("current", "9"));
        assertEquals(1, reminders.remindNow(tenant, organiser(tenant), survey.getId()));
        assertEquals(0, reminders.remindNow(tenant, organiser(tenant), survey.getId()), "a second click within the hour");
        assertEquals(0, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".outgoing_mail WHERE recipient = ? AND template_code = 'survey-reminder'", people.get(0)));
        assertEquals(1, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".outgoing_mail WHERE recipient = ? AND template_code = 'survey-reminder'", people.get(1)));
        assertThrows(SecurityException.class, () -> reminders.remindNow(tenant, new PortalUser("it.member", "M", false,
                Map.of(tenant, Set.of(Roles.NETWORK_MEMBER))), survey.getId()));
    }

    @Test
    void theReminderJobRunsToTheEndAndSendsNothingThatIsNotDue() throws Exception {
        TenantId tenant = region();
        Survey survey = openSurvey(tenant, "work-ability-score", false);
        String address = "job." + UUID.randomUUID().toString().substring(0, 6) + "@example.fi";
        surveys.invite(tenant, organiser(tenant), survey.getId(), List.of(address), "fi");
        long execution = fi.kykyverkko.surveys.reminders.SurveyReminderSchedule.start();
        var operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline) && operator.getJobExecution(execution).getEndTime() == null) {
            Thread.sleep(200);
        }
        assertEquals(jakarta.batch.runtime.BatchStatus.COMPLETED, operator.getJobExecution(execution).getBatchStatus());
        String step = operator.getStepExecutions(execution).get(0).getExitStatus();
        assertTrue(step.startsWith("SENT ") && !step.contains("FAILED"), step);
        assertEquals(0, count(tenant, "SELECT COUNT(*) FROM " + schema(tenant) + ".outgoing_mail WHERE recipient = ? AND template_code = 'survey-reminder'", address),
                "invited just now: not due");
    }

    @Test
    void aRegionsLinksAndSurveysOpenNothingInAnother() throws Exception {
        TenantId tenant = region();
        Survey survey = openSurvey(tenant, "work-ability-score", false);
        String address = "iso." + UUID.randomUUID().toString().substring(0, 6) + "@example.fi";
        surveys.invite(tenant, organiser(tenant), survey.getId(), List.of(address), "fi");
        String token = tokenMailedTo(tenant, address, "survey-invitation");
        assertTrue(links.resolve(LAPPI, token).isEmpty());
        assertThrows(LinkGoneException.class, () -> answers.submitByToken(LAPPI, token, "10.0.0.2", SubmissionKeys.newKey(), AnswerSet.of("current", "5")));
        assertThrows(SecurityException.class, () -> surveys.list(tenant, organiser(LAPPI)));
        assertTrue(links.resolve(tenant, token).isPresent(), "still unanswered in its own region");
    }
}
