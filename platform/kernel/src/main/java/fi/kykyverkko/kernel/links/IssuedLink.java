package fi.kykyverkko.kernel.links;

import java.time.Instant;
import java.util.Optional;

/**
 * A link just issued: the only moment its token (and short code) exist in clear. Hand them to the person and
 * forget them; the portal keeps only their hashes. {@code toString()} shows neither.
 */
public record IssuedLink(long id, String token, Optional<String> shortCode, Instant expiresAt) {

    /** The short code as shown to people, {@code K7QX-9MPA}. */
    public Optional<String> shortCodeGrouped() {
        return shortCode.map(LinkTokens::grouped);
    }

    @Override
    public String toString() {
        return "IssuedLink[id=" + id + ", expiresAt=" + expiresAt + "]";
    }
}
