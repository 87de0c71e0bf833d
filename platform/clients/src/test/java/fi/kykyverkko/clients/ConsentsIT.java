package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.consent.ConsentMethod;
import fi.kykyverkko.clients.consent.Consents;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.Referrals;
import fi.kykyverkko.clients.referrals.SourceType;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditEntry;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.clients.referrals.WarmHandover;
import fi.kykyverkko.testkit.PortalInsideTest;
import fi.kykyverkko.testkit.TestMailbox;
import java.time.Duration;
import java.util.Locale;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The consent gate on the real database, with the demo network's Kela expert (a network member of Kela in Lappi):
 * no consent, a valid one, one covering identity only, an expired one and a revoked one; emergency access; the
 * feedback a referrer is owed when the episode moves on.
 */
class ConsentsIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final PortalUser WORKER = new PortalUser("it.consents", "IT Consents", false, Map.of(LAPPI, Set.of("professional")));
    private static final Access TEAM = Access.view(WORKER, "it/consents");
    /** The demo network's Kela expert: a person of organisation kela in Lappi, with the network-member role only. */
    private static final PortalUser KELA = new PortalUser("kela.asiantuntija", "Kaisa", false, Map.of(LAPPI, Set.of("network-member")));
    private static final Access KELA_READS = Access.view(KELA, "it/consents");

    @Inject
    Clients clients;

    @Inject
    Consents consents;

    @Inject
    fi.kykyverkko.clients.card.ClientCards cards;

    @Inject
    Referrals referrals;

    @Inject
    Organisations organisations;

    @Inject
    AuditLog audit;

    @Inject
    fi.kykyverkko.clients.caseloads.Caseloads caseloads;

    @Inject
    fi.kykyverkko.kernel.tenancy.TenantData data;

    private long kela() {
        return organisations.byCode(LAPPI, "kela").orElseThrow().getId();
    }

    private long clientWithEpisode(String lastName) {
        long id = clients.register(LAPPI, TEAM, Client.named("Kerttu", lastName), null).client().getId();
        clients.openEpisode(LAPPI, TEAM, id, "tyokykytiimi", PortalTime.today().minusDays(20));
        return id;
    }

    private boolean kelaSees(long clientId, String lastName) {
        boolean found = clients.find(LAPPI, KELA_READS, clientId).isPresent();
        boolean searched = clients.search(LAPPI, KELA_READS, lastName).stream().anyMatch(c -> c.getId() == clientId);
        assertEquals(found, searched, "search and find give the same answer");
        assertEquals(found, cards.open(LAPPI, KELA_READS, clientId).isPresent(), "the card gives the same answer");
        return found;
    }

    @Test
    void kelaSeesAClientOnlyWhileAValidConsentCoversKela() {
        String name = "Suostumus" + Long.toString(System.nanoTime(), 36);
        long client = clientWithEpisode(name);
        LocalDate today = PortalTime.today();
        assertTrue(!kelaSees(client, name), "no consent: the same answer as no client");

        Consent identityOnly = consents.give(LAPPI, TEAM, Consent.give(client, kela(), EnumSet.of(DataCategory.IDENTITY_CONTACT),
                today, ConsentMethod.IN_PORTAL, today.plusMonths(6)), null, null, null);
        assertTrue(kelaSees(client, name));
        assertEquals(List.of(), clients.episodesOf(LAPPI, KELA_READS, client), "identity only: no episodes");
        var identityCard = cards.open(LAPPI, KELA_READS, client).orElseThrow();
        assertEquals(Set.of(DataCategory.IDENTITY_CONTACT), identityCard.seen());
        assertEquals(List.of(), identityCard.episodes(), "identity only: no episodes on the card either");
        consents.revoke(LAPPI, TEAM, identityOnly.getId());
        assertTrue(!kelaSees(client, name), "a revocation takes effect at once");

        consents.give(LAPPI, TEAM, Consent.give(client, kela(), EnumSet.of(DataCategory.EPISODES), today.minusYears(2),
                ConsentMethod.IN_PORTAL, today.minusDays(1)), null, null, null);
        assertTrue(!kelaSees(client, name), "an expired consent shows nothing");

        consents.give(LAPPI, TEAM, Consent.give(client, kela(), EnumSet.of(DataCategory.EPISODES), today, ConsentMethod.PAPER_FORM,
                today.plusYears(1)), "suostumus.pdf", "application/pdf", "%PDF-1.4 scanned".getBytes());
        assertTrue(kelaSees(client, name));
        assertEquals(1, clients.episodesOf(LAPPI, KELA_READS, client).size());
        var kelaCard = cards.open(LAPPI, KELA_READS, client).orElseThrow();
        assertEquals(1, kelaCard.episodes().size());
        assertTrue(!kelaCard.team() && kelaCard.consents().isEmpty() && kelaCard.documents().isEmpty(),
                "a network member's card has no consents or documents");
        assertEquals(3, cards.open(LAPPI, TEAM, client).orElseThrow().consents().size(), "the team's card lists every consent");
        assertEquals(3, consents.of(LAPPI, TEAM, client).size());
        assertThrows(SecurityException.class, () -> consents.of(LAPPI, KELA_READS, client), "a network member does not manage consents");
        assertThrows(SecurityException.class, () -> clients.openEpisode(LAPPI, KELA_READS, client, "tyokykytiimi", today),
                "nor changes episodes");
    }

    @Test
    void openingTheCardIsOneReadAuditedOncePerCategory() {
        long client = clientWithEpisode("Kortti" + Long.toString(System.nanoTime(), 36));
        String reader = "it.card." + Long.toString(System.nanoTime(), 36);
        Access access = Access.view(new PortalUser(reader, reader, false, Map.of(LAPPI, Set.of("professional"))), "it/card");
        var card = cards.open(LAPPI, access, client).orElseThrow();
        assertEquals(client, card.client().getId());
        assertTrue(card.team() && card.episodes().size() == 1, "the team's card with its episode");
        List<AuditEntry> entries = audit.search(LAPPI, AuditFilter.all().actor(reader).limit(AuditFilter.MAX_PAGE));
        assertEquals(Set.of(DataCategory.IDENTITY_CONTACT, DataCategory.EPISODES),
                entries.stream().map(e -> e.event().category()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, entries.size(), "one entry per category, not one per row or panel: " + entries);
        assertEquals(1, entries.stream().map(AuditEntry::when).distinct().count(), "written together");
        assertTrue(entries.stream().allMatch(e -> String.valueOf(client).equals(e.event().subject()) && e.event().action() == AuditAction.READ));
    }

    @Test
    void aPaperConsentNeedsItsForm() {
        long client = clientWithEpisode("Paperi" + Long.toString(System.nanoTime(), 36));
        LocalDate today = PortalTime.today();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> consents.give(LAPPI, TEAM,
                Consent.give(client, kela(), EnumSet.of(DataCategory.EPISODES), today, ConsentMethod.PAPER_FORM, today.plusYears(1)),
                null, null, null));
        assertEquals("form", e.problems().list().get(0).field());
    }

    @Test
    void emergencyAccessNeedsItsRoleAndAReasonAndStandsOutInTheLog() {
        String name = "Hata" + Long.toString(System.nanoTime(), 36);
        long client = clientWithEpisode(name);
        PortalUser emergency = new PortalUser("it.emergency", "IT Emergency", false, Map.of(LAPPI, Set.of("network-member", "emergency-access")));
        assertTrue(clients.find(LAPPI, Access.view(emergency, "it"), client).isEmpty(), "without a reason the gate holds");
        assertTrue(clients.find(LAPPI, Access.view(emergency, "it").inEmergency("Asiakas soitti kriisissä, ei suostumusta"), client).isPresent());
        assertThrows(SecurityException.class, () -> clients.find(LAPPI, KELA_READS.inEmergency("ei roolia"), client));
        List<AuditEntry> overrides = audit.search(LAPPI, AuditFilter.all().subject(client).onlyOverrides());
        assertEquals(1, overrides.size());
        assertEquals("it.emergency", overrides.get(0).event().actor());
        assertEquals("Asiakas soitti kriisissä, ei suostumusta", overrides.get(0).event().overrideReason());
    }

    @Test
    void aReferrerWithAnAddressIsOwedFeedbackWhenTheEpisodeMovesOn() throws InterruptedException {
        long client = clientWithEpisode("Palaute" + Long.toString(System.nanoTime(), 36));
        Episode episode = clients.episodesOf(LAPPI, TEAM, client).get(0);
        String teija = "teija." + Long.toString(System.nanoTime(), 36) + "@te.example.fi";
        referrals.addSource(LAPPI, TEAM, ReferralSource.of(episode.getId(), SourceType.TE_SERVICES, episode.getStartedOn())
                .referredBy(null, "Teija Te", teija, null), List.of());
        referrals.addSource(LAPPI, TEAM, ReferralSource.of(episode.getId(), SourceType.SELF, episode.getStartedOn()), List.of());
        assertEquals(2, referrals.sourcesOf(LAPPI, TEAM, episode.getId()).size());
        clients.change(LAPPI, TEAM, episode.getId(), e -> e.planNextStep("Soitto", PortalTime.today().plusDays(3)));
        assertEquals(0, referrals.feedbackOf(LAPPI, TEAM, episode.getId()).size(), "a planned step is no news for the referrer");
        clients.change(LAPPI, TEAM, episode.getId(), e -> e.moveTo("investigation", PortalTime.today()));
        var feedback = referrals.feedbackOf(LAPPI, TEAM, episode.getId());
        assertEquals(1, feedback.size(), "the client themself is not sent feedback");
        assertEquals("investigation", feedback.get(0).getPhase());
        assertEquals(teija, feedback.get(0).getRecipient());
        assertTrue(feedback.get(0).getSentAt() != null && feedback.get(0).getMailId().isPresent(), "e-mailed in the same act");

        List<TestMailbox.Received> mail = TestMailbox.get().await(teija, 1, Duration.ofSeconds(60));
        assertEquals(1, mail.size(), "one message for one change");
        TestMailbox.Received message = mail.get(0);
        assertTrue(message.subject().startsWith("Palaute ohjauksestasi " + PortalTime.date(episode.getStartedOn(), FINNISH)), message.subject());
        assertTrue(message.text().startsWith("Hei Teija Te,"), message.text());
        assertTrue(message.text().contains("Viite: lappi-" + episode.getId()), message.text());
        Client named = clients.find(LAPPI, TEAM, client).orElseThrow();
        assertFalse(message.text().contains(named.getLastName()) || message.subject().contains(named.getLastName()),
                "mail never names the client");
    }

    @Test
    void aWarmHandoverInvitationIsMailedWithItsCalendarFileToEveryParticipantWithAnAddress() throws InterruptedException {
        long client = clientWithEpisode("Siirto" + Long.toString(System.nanoTime(), 36));
        Episode episode = clients.episodesOf(LAPPI, TEAM, client).get(0);
        String run = Long.toString(System.nanoTime(), 36);
        String anna = "anna." + run + "@kela.example.fi";
        String ville = "ville." + run + "@rovaniemi.example.fi";
        java.time.Instant starts = PortalTime.instant(PortalTime.today().plusDays(2).atTime(10, 0));
        WarmHandover meeting = referrals.planHandover(LAPPI, TEAM, WarmHandover.plan(episode.getId(), starts, starts.plusSeconds(3600),
                "Rovaniemen TYP", List.of("Anna Ohjaaja <" + anna + ">", "Ville Vastaanottaja <" + ville + ">", "Asiakas itse")), "Lämmin siirto");
        assertEquals(2, meeting.getInvited(), "the participant without an address gets no mail");

        for (String address : List.of(anna, ville)) {
            List<TestMailbox.Received> mail = TestMailbox.get().await(address, 1, Duration.ofSeconds(60));
            assertEquals(1, mail.size(), address);
            TestMailbox.Received invitation = mail.get(0);
            assertEquals("Kutsu: lämmin siirto " + PortalTime.dateTime(starts, FINNISH), invitation.subject());
            assertTrue(invitation.text().contains("Paikka: Rovaniemen TYP"), invitation.text());
            assertEquals(1, invitation.attachments().size());
            var ics = invitation.attachments().get(0);
            String unfolded = ics.text().replace("\r\n ", "");
            assertEquals("lammin-siirto-" + meeting.getId() + ".ics", ics.name());
            assertEquals("text/calendar", ics.type());
            assertTrue(unfolded.contains("METHOD:REQUEST") && unfolded.contains("SUMMARY:Lämmin siirto"), unfolded);
            assertTrue(unfolded.contains("mailto:" + anna) && unfolded.contains("mailto:" + ville), "both are attendees: " + unfolded);
        }
    }

    @Test
    void eachDemoRegionHasItsCaseloadAndTheDemoProfessionalHasClients() {
        for (String region : List.of("lappi", "kymenlaakso", "keski-uusimaa", "etela-savo")) {
            TenantId tenant = TenantId.of(region);
            long demo = data.call(tenant, em -> em.createQuery("SELECT COUNT(c) FROM Client c WHERE c.updatedBy = 'demo'", Long.class)
                    .getSingleResult());
            assertTrue(demo >= 60 && demo <= 150, region + ": " + demo + " demo clients");
            PortalUser professional = new PortalUser(region + ".professional", "Pekka", false, Map.of(tenant, Set.of("professional")));
            var mine = caseloads.mine(tenant, Access.view(professional, "it/mine"));
            long coached = mine.stream().filter(r -> r.serviceCode().equals(region.equals("lappi") || region.equals("etela-savo")
                    ? "tyohonvalmennus" : "tyokykykoordinaatio")).count();
            assertTrue(coached >= 5 && coached <= 14, region + ": " + coached + " open episodes of the demo professional, under the cap");
        }
        assertEquals(87L, (long) data.call(LAPPI, em -> em.createQuery("SELECT COUNT(c) FROM Client c WHERE c.updatedBy = 'demo'", Long.class)
                .getSingleResult()), "Lapland's own figure");
    }
}
