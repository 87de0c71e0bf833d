package fi.kykyverkko.kernel.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A public address names one page of one region; anything else is "not found". */
class PublicPagesTest {

    @Test
    void thePageItsFormatsAndItsSubPathsBelongToThePage() {
        assertEquals("", PublicPages.restAfter("palvelut", "palvelut"));
        assertEquals(".json", PublicPages.restAfter("palvelut.json", "palvelut"));
        assertEquals("/abc123", PublicPages.restAfter("palvelut/abc123", "palvelut"));
    }

    @Test
    void aLongerNameIsAnotherPage() {
        assertNull(PublicPages.restAfter("palvelutx", "palvelut"));
        assertNull(PublicPages.restAfter("palve", "palvelut"));
        assertNull(PublicPages.restAfter("", "palvelut"));
    }
}
