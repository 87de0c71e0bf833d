package fi.kykyverkko.kernel.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Sends one outbox message with Jakarta Mail over SMTP (Payara Micro brings Eclipse Angus Mail as the implementation). */
public class SmtpTransport {

    private final MailSettings settings;
    private final Session session;

    public SmtpTransport(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(settings.sessionProperties());
    }

    public MailSettings settings() {
        return settings;
    }

    /** @throws MessagingException when the server is unreachable or refuses the message */
    public void deliver(OutgoingMail mail, Instant now) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.bodyText(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", mail.language());
        message.setSentDate(Date.from(now));
        if (settings.authenticated()) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }
}
