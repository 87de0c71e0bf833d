package fi.kykyverkko.stack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GreenMail as the demo SMTP server on 127.0.0.1:port: accepts every message for every address (no authentication)
 * and keeps them in memory only, so a restart forgets them. Nothing is ever relayed onwards.
 */
public final class EmbeddedMail implements AutoCloseable {

    /** One received message, as the mail page shows it. */
    public record Received(Instant at, List<String> to, String subject, String text, List<String> attachmentNames) {
        public Received(Instant at, List<String> to, String subject, String text) {
            this(at, to, subject, text, List.of());
        }
    }

    private final GreenMail server;
    private final int port;

    private EmbeddedMail(GreenMail server, int port) {
        this.server = server;
        this.port = port;
    }

    /** @throws IllegalStateException with a human-readable message if the port is taken or GreenMail fails */
    public static EmbeddedMail start(int port) {
        Ports.requireFree(port, "the mail server");
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new IllegalStateException("The mail server (GreenMail) did not start on 127.0.0.1:" + port + ": "
                    + e.getMessage(), e);
        }
        return new EmbeddedMail(server, port);
    }

    public int port() {
        return port;
    }

    /**
     * Every message received since the start, newest first. GreenMail keeps one copy per recipient's mailbox; copies
     * of one message (same Message-ID) are shown once.
     */
    public List<Received> received() {
        List<Received> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StoredMessage stored : server.getManagers().getImapHostManager().getAllMessages()) {
            MimeMessage m = stored.getMimeMessage();
            try {
                String id = m.getMessageID();
                if (id != null && !seen.add(id)) {
                    continue;
                }
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                all.add(new Received(stored.getReceivedDate() == null ? Instant.now() : stored.getReceivedDate().toInstant(),
                        to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
                        m.getSubject() == null ? "" : m.getSubject(), MailContent.text(m),
                        MailContent.attachments(m).stream().map(MailContent.Attached::name).toList()));
            } catch (MessagingException | IOException e) {
                all.add(new Received(Instant.now(), List.of(), "(unreadable message)", String.valueOf(e.getMessage())));
            }
        }
        all.sort((a, b) -> b.at().compareTo(a.at()));
        return all;
    }

    @Override
    public void close() {
        server.stop();
        Ports.awaitFree(port, Duration.ofSeconds(10));
    }

    @Override
    public String toString() {
        return "mail server (GreenMail SMTP) on 127.0.0.1:" + port;
    }
}
