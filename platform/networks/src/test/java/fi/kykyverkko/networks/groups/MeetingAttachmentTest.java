package fi.kykyverkko.networks.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeetingAttachmentTest {

    @Test
    void documentsKeepTheirTypeAnythingThatCouldRunIsServedAsBytes() {
        assertEquals("application/pdf", MeetingAttachment.safeContentType("application/pdf"));
        assertEquals("application/octet-stream", MeetingAttachment.safeContentType("text/html"));
        assertEquals("application/octet-stream", MeetingAttachment.safeContentType("image/svg+xml"));
        assertEquals("application/octet-stream", MeetingAttachment.safeContentType(null));
    }

    @Test
    void aFileNameLosesTheUploadersFolders() {
        MeetingAttachment a = new MeetingAttachment(1, "C:\\Users\\x\\muistio.pdf", "application/pdf", new byte[] {1}, "u", Instant.now());
        assertEquals("muistio.pdf", a.getFileName());
    }

    @Test
    void tooLargeFilesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new MeetingAttachment(1, "big.bin", null, new byte[MeetingAttachment.MAX_BYTES + 1], "u", Instant.now()));
    }
}
