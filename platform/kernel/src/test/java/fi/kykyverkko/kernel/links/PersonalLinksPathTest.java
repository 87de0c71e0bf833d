package fi.kykyverkko.kernel.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kykyverkko.kernel.tenancy.TenantId;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PersonalLinksPathTest {

    private final PersonalLinks links = new PersonalLinks();

    @Test
    void thePathNamesTheRegionAndTheTokenOnly() {
        String token = LinkTokens.newToken(new SecureRandom());
        assertEquals("/l/keski-uusimaa/" + token, links.path(TenantId.of("keski-uusimaa"), token));
    }

    @Test
    void nothingButATokenGoesIntoThePathAndAlwaysWithARegion() {
        TenantId lappi = TenantId.of("lappi");
        assertThrows(IllegalArgumentException.class, () -> links.path(lappi, "131052-308T"));
        assertThrows(IllegalArgumentException.class, () -> links.path(lappi, "../../admin"));
        assertThrows(IllegalArgumentException.class, () -> links.path(lappi, null));
        assertThrows(IllegalArgumentException.class, () -> links.path(null, LinkTokens.newToken(new SecureRandom())));
        assertThrows(IllegalArgumentException.class, () -> links.resolve(null, "x"));
        assertThrows(IllegalArgumentException.class, () -> links.resolveShortCode(null, "x"));
    }
}
