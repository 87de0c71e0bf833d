package fi.kykyverkko.testkit;

import fi.kykyverkko.stack.MailContent;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the test stack's GreenMail received, read over IMAP, so it works on both sides: in the test JVM and inside
 * the portal under test (an in-container IT), which finds the port in {@code KYKY_IT_MAIL_IMAP_PORT}. GreenMail
 * keeps one mailbox per recipient address (login and password: the address); a test uses addresses of its own run.
 */
public final class TestMailbox {

    /** One message as it arrived. */
    public record Received(String subject, List<String> to, String from, String contentLanguage, String text,
                           List<MailContent.Attached> attachments) {
    }

    private final String host;
    private final int port;

    private TestMailbox(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The test stack's mailbox; {@link IllegalStateException} when the run has no GreenMail. */
    public static TestMailbox get() {
        String port = System.getProperty("kyky.it.mail.imap.port", System.getenv("KYKY_IT_MAIL_IMAP_PORT"));
        if (port == null || port.isBlank()) {
            throw new IllegalStateException("no test mail server: kyky.it.mail.imap.port / KYKY_IT_MAIL_IMAP_PORT is not set");
        }
        return new TestMailbox("127.0.0.1", Integer.parseInt(port.strip()));
    }

    /** Every message {@code address} has received so far, oldest first. */
    public List<Received> messagesFor(String address) {
        Properties props = new Properties();
        props.setProperty("mail.imap.connectiontimeout", "5000");
        props.setProperty("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(host, port, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    List<Received> received = new ArrayList<>();
                    for (Message m : inbox.getMessages()) {
                        String[] language = m.getHeader("Content-Language");
                        received.add(new Received(m.getSubject(),
                                m.getRecipients(Message.RecipientType.TO) == null ? List.of()
                                        : Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList(),
                                m.getFrom() == null || m.getFrom().length == 0 ? null : m.getFrom()[0].toString(),
                                language == null || language.length == 0 ? null : language[0], MailContent.text(m),
                                MailContent.attachments(m)));
                    }
                    return received;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read the test mailbox of " + address + ": " + e.getMessage(), e);
        }
    }

    /** Waits up to {@code timeout} until {@code address} has at least {@code count} messages, and returns them all. */
    public List<Received> await(String address, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Received> received = messagesFor(address);
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            received = messagesFor(address);
        }
        return received;
    }
}
