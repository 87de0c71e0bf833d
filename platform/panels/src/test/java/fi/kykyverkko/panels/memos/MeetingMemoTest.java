package fi.kykyverkko.panels.memos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The memo's states: draft → open for comments → final, each step only from the one before, and nothing changes once final. */
class MeetingMemoTest {

    static final Instant NOW = Instant.parse("2026-02-10T10:00:00Z");

    static String key(Runnable act) {
        return assertThrows(InvalidInputException.class, act::run).problems().list().get(0).key();
    }

    @Test
    void aDraftIsStaffsAndOpensForCommentsOnlyWithAText() {
        MeetingMemo memo = new MeetingMemo(1, 2);
        assertEquals(MemoState.DRAFT, memo.getState());
        assertFalse(memo.shownToMembers());
        assertFalse(memo.acceptsComments());
        assertEquals("panels.memo.text-required", key(() -> memo.openForComments(NOW)));
        memo.write("   ");
        assertEquals("panels.memo.text-required", key(() -> memo.openForComments(NOW)), "blank is no text");
        assertEquals("panels.memo.not-open", key(() -> memo.publish("fanni", NOW)), "a draft is not published before the members saw it");
        memo.write("Sovimme kokeilusta.");
        memo.openForComments(NOW);
        assertEquals(MemoState.OPEN_FOR_COMMENTS, memo.getState());
        assertTrue(memo.shownToMembers() && memo.acceptsComments());
        assertEquals(NOW, memo.getOpenedAt());
        assertEquals("panels.memo.not-draft", key(() -> memo.openForComments(NOW)));
        assertTrue(memo.check().isEmpty());
    }

    @Test
    void whileOpenTheTextMayBeFixedAndPublishingMakesItFinalForGood() {
        MeetingMemo memo = new MeetingMemo(1, 2);
        memo.write("Sovimme kokeilusta.");
        memo.openForComments(NOW);
        memo.write("Sovimme kokeilusta keväällä.");
        memo.requireChangeable();
        memo.publish("fanni", NOW.plusSeconds(3600));
        assertEquals(MemoState.FINAL, memo.getState());
        assertEquals("fanni", memo.getPublishedBy());
        assertEquals(NOW.plusSeconds(3600), memo.getPublishedAt());
        assertTrue(memo.shownToMembers());
        assertFalse(memo.acceptsComments(), "no comments on a final memo");
        assertEquals("panels.memo.final", key(() -> memo.write("muutos")));
        assertEquals("panels.memo.final", key(memo::requireChangeable), "no photo added or removed");
        assertEquals("panels.memo.not-open", key(() -> memo.publish("fanni", NOW)), "published once");
        assertEquals("Sovimme kokeilusta keväällä.", memo.getText());
        assertTrue(memo.check().isEmpty());
    }

    @Test
    void theTextHasALimit() {
        MeetingMemo memo = new MeetingMemo(1, 2);
        assertEquals("validation.too-long", key(() -> memo.write("x".repeat(MeetingMemo.MAX_TEXT + 1))));
        memo.write("x".repeat(MeetingMemo.MAX_TEXT));
    }

    @Test
    void aStoredPhotoIsAJpegNamedWithoutTheUploadersPath() {
        assertEquals("IMG_0001.jpg", MemoPhoto.jpegName("C:\\Users\\fanni\\IMG_0001.HEIC"));
        assertEquals("flappi.jpg", MemoPhoto.jpegName("/home/f/flappi.png"));
        assertEquals("kuva.jpg", MemoPhoto.jpegName(null));
        assertEquals("kuva.jpg", MemoPhoto.jpegName(".png"));
    }
}
