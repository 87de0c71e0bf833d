package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.mail.Mail;
import fi.kykyverkko.kernel.mail.MailConfiguration;
import fi.kykyverkko.kernel.mail.MailOutbox;
import fi.kykyverkko.kernel.mail.MailSender;
import fi.kykyverkko.kernel.mail.MailSettings;
import fi.kykyverkko.kernel.mail.MailStatus;
import fi.kykyverkko.kernel.mail.OutgoingMail;
import fi.kykyverkko.kernel.mail.SmtpTransport;
import fi.kykyverkko.kernel.schema.SchemaMigrator;
import fi.kykyverkko.kernel.schema.SchemaMigrator.ModuleSchemaState;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.testkit.PortalInsideTest;
import fi.kykyverkko.testkit.TestMailbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The kernel's outbox inside the running portal, on the real MariaDB, sending to the test stack's GreenMail (SMTP)
 * and reading what arrived back over IMAP. Messages of the failure, isolation and concurrency tests are queued for a
 * time far ahead (Mail.sendAt) and sent by calling the sender with that time, so the portal's own 30-second timer,
 * which runs on the real clock, never takes them first.
 */
class MailOutboxIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    @Inject
    Mail mail;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSender sender;

    @Inject
    MailConfiguration configuration;

    @Inject
    SchemaMigrator migrator;

    @Inject
    TenantRegistry registry;

    @Resource
    ManagedExecutorService executor;

    /** An address of this run only: GreenMail keeps a mailbox per address. */
    private static String someone() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** A moment far ahead of the real clock (whole seconds, as stored), a different day for each test. */
    private static Instant ahead(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private MailSettings settings() {
        return configuration.settings().orElseThrow(() -> new AssertionError("KYKY_MAIL_HOST is not set for the tests"));
    }

    private OutgoingMail stored(TenantId tenant, long id) {
        return outbox.find(tenant, id).orElseThrow();
    }

    private OutgoingMail awaitStatus(TenantId tenant, long id, MailStatus status) throws InterruptedException {
        Instant deadline = Instant.now().plus(ARRIVAL);
        OutgoingMail m = stored(tenant, id);
        while (m.status() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            m = stored(tenant, id);
        }
        return m;
    }

    private static int nothingListens() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void everyRegionHasItsOutboxFromTheKernelsV3On() {
        for (Tenant tenant : registry.all()) {
            ModuleSchemaState kernel = migrator.checkTenant(tenant.tenantId()).stream()
                    .filter(s -> s.module().equals("kernel")).findFirst().orElseThrow();
            assertTrue(Integer.parseInt(kernel.version()) >= 3, tenant.schemaName() + " at " + kernel.version());
            assertEquals(0, kernel.pending(), tenant.schemaName());
            assertTrue(outbox.waiting(tenant.tenantId()) >= 0, tenant.schemaName()); // the table answers in every region
        }
    }

    @Test
    void aQueuedMessageArrivesInTheChosenLanguageAndIsMarkedSent() throws Exception {
        String to = someone();
        long id = mail.sendFor("it.tester", LAPPI, to, "test", "sv", "Maija", "lappi");
        OutgoingMail queued = stored(LAPPI, id);
        assertEquals("it.tester", queued.queuedBy());
        assertEquals("sv", queued.language());

        sender.sendDue(LAPPI, new SmtpTransport(settings()), Instant.now()); // the timer may take it first: either is fine
        List<TestMailbox.Received> received = TestMailbox.get().await(to, 1, ARRIVAL);
        assertEquals(1, received.size(), "arrived once");
        TestMailbox.Received message = received.get(0);
        assertEquals("Testmeddelande från Kykyverkko", message.subject());
        assertEquals(List.of(to), message.to());
        assertEquals("kykyverkko@it.example", message.from());
        assertEquals("sv", message.contentLanguage());
        assertTrue(message.text().startsWith("Hej Maija,"), message.text());
        assertTrue(message.text().contains("i området lappi"), message.text());

        OutgoingMail sent = awaitStatus(LAPPI, id, MailStatus.SENT);
        assertEquals(MailStatus.SENT, sent.status());
        assertEquals(1, sent.attempts());
        assertNotNull(sent.sentAt());
        assertEquals(null, sent.nextAttemptAt());
    }

    @Test
    void withTheServerUnreachableAMessageWaitsForItsBackOffAndIsDeliveredOnceTheServerIsBack() throws Exception {
        String to = someone();
        Instant t = ahead(1);
        long id = mail.sendAt(t, LAPPI, to, "survey-reminder", "fi", "Maija", "Työkykykysely", "Lapin hyvinvointialue",
                "https://kykyverkko.example/k/1", "12.12.2026");

        MailSender.Run down = sender.sendDue(LAPPI, new SmtpTransport(settings().withPort(nothingListens())), t);
        assertTrue(down.failed() >= 1, "the attempt failed: " + down);
        OutgoingMail failed = stored(LAPPI, id);
        assertEquals(MailStatus.FAILED_RETRYING, failed.status());
        assertEquals(1, failed.attempts());
        assertEquals(t.plus(Duration.ofMinutes(1)), failed.nextAttemptAt(), "the first back-off is a minute");
        String error = failed.lastError();
        assertNotNull(error);
        assertFalse(error.contains("\n") || error.contains("\tat "), "one line, no stack trace: " + error);
        assertTrue(error.length() <= OutgoingMail.MAX_ERROR);

        // not again before the back-off has passed, even with the server up
        sender.sendDue(LAPPI, new SmtpTransport(settings()), t.plusSeconds(30));
        assertEquals(MailStatus.FAILED_RETRYING, stored(LAPPI, id).status());
        assertTrue(TestMailbox.get().messagesFor(to).isEmpty());

        sender.sendDue(LAPPI, new SmtpTransport(settings()), t.plus(Duration.ofMinutes(2)));
        OutgoingMail sent = stored(LAPPI, id);
        assertEquals(MailStatus.SENT, sent.status());
        assertEquals(2, sent.attempts());
        assertEquals(null, sent.lastError());
        List<TestMailbox.Received> received = TestMailbox.get().await(to, 1, ARRIVAL);
        assertEquals(1, received.size());
        assertEquals("Muistutus: Työkykykysely", received.get(0).subject());
        assertTrue(received.get(0).text().contains("Vastaa tästä: https://kykyverkko.example/k/1"), received.get(0).text());
    }

    @Test
    void aRegionsMessageIsNeverSentFromAnotherRegionsOutbox() throws Exception {
        String to = someone();
        Instant t = ahead(2);
        long id = mail.sendAt(t, LAPPI, to, "test", "en", "Maija", "lappi");

        sender.sendDue(KYMENLAAKSO, new SmtpTransport(settings()), t.plusSeconds(60));
        assertEquals(MailStatus.QUEUED, stored(LAPPI, id).status(), "Kymenlaakso's run does not see Lapland's outbox");
        assertEquals(0, stored(LAPPI, id).attempts());
        Thread.sleep(1000);
        assertTrue(TestMailbox.get().messagesFor(to).isEmpty());

        sender.sendDue(LAPPI, new SmtpTransport(settings()), t.plusSeconds(60));
        assertEquals(MailStatus.SENT, stored(LAPPI, id).status());
        assertEquals("Kykyverkko test message", TestMailbox.get().await(to, 1, ARRIVAL).get(0).subject());
    }

    @Test
    void twoSendersRunningAtOnceSendEveryMessageExactlyOnce() throws Exception {
        Instant t = ahead(3);
        List<String> recipients = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String to = someone();
            recipients.add(to);
            ids.add(mail.sendAt(t, LAPPI, to, "test", "fi", "Maija " + i, "lappi"));
        }
        SmtpTransport smtp = new SmtpTransport(settings());
        Instant runAt = t.plusSeconds(60);
        Future<MailSender.Run> first = executor.submit(() -> sender.sendDue(LAPPI, smtp, runAt));
        Future<MailSender.Run> second = executor.submit(() -> sender.sendDue(LAPPI, smtp, runAt));
        MailSender.Run a = first.get();
        MailSender.Run b = second.get();
        assertEquals(0, a.failed() + b.failed(), a + " " + b);
        assertTrue(a.sent() + b.sent() >= ids.size(), a + " " + b);

        for (long id : ids) {
            OutgoingMail m = stored(LAPPI, id);
            assertEquals(MailStatus.SENT, m.status());
            assertEquals(1, m.attempts(), "one attempt for message " + id);
        }
        TestMailbox mailbox = TestMailbox.get();
        for (String to : recipients) {
            assertEquals(1, mailbox.await(to, 1, ARRIVAL).size());
        }
        Thread.sleep(1000); // a duplicate would have arrived by now
        for (String to : recipients) {
            assertEquals(1, mailbox.messagesFor(to).size(), "exactly once: " + to);
        }
    }
}
