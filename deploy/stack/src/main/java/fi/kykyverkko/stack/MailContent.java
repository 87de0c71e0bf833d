package fi.kykyverkko.stack;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a received message says, for whoever reads the embedded or the test mail server: its text (the first part of
 * a multipart message) and its attached files. One reading for the demo's mail page and the tests' mailbox.
 */
public final class MailContent {

    /** An attached file: its name, its MIME type without parameters, and its content read as UTF-8. */
    public record Attached(String name, String type, String text) {
    }

    private MailContent() {
    }

    /** The message's text: the whole of a plain message, the first part of a multipart one. */
    public static String text(Message message) throws MessagingException, IOException {
        return text(message.getContent());
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart && multipart.getCount() > 0) {
            return text(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    /** The files after the text (the parts with a file name), in their order. */
    public static List<Attached> attachments(Message message) throws MessagingException, IOException {
        List<Attached> files = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    files.add(new Attached(part.getFileName(), part.getContentType().split(";")[0].strip().toLowerCase(),
                            read(part)));
                }
            }
        }
        return files;
    }

    private static String read(BodyPart part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
