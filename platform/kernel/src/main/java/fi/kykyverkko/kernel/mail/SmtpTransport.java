package fi.kykyverkko.kernel.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
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
        if (mail.attachment().isPresent()) {
            message.setContent(withAttachment(mail.bodyText(), mail.attachment().get()));
        } else {
            message.setText(mail.bodyText(), StandardCharsets.UTF_8.name());
        }
        message.setHeader("Content-Language", mail.language());
        message.setSentDate(Date.from(now));
        message.saveChanges();
        if (settings.authenticated()) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    /** The text first, then the file: mail programs show the text and offer the file (an .ics as an invitation). */
    private static MimeMultipart withAttachment(String text, Mail.Attachment file) throws MessagingException {
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart attached = new MimeBodyPart();
        attached.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        attached.setFileName(file.name());
        attached.setHeader("Content-Type", file.contentType() + "; name=\"" + file.name() + "\"");
        MimeMultipart parts = new MimeMultipart("mixed");
        parts.addBodyPart(body);
        parts.addBodyPart(attached);
        return parts;
    }
}
