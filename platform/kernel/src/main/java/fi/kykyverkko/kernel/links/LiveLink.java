package fi.kykyverkko.kernel.links;

import java.time.Instant;

/** What a live link opens: the owning module's purpose and subject reference (never personal data). */
public record LiveLink(long id, String purpose, String subject, UseMode useMode, Instant expiresAt, Instant usedAt) {

    static LiveLink of(PersonalLink link) {
        return new LiveLink(link.getId(), link.purpose(), link.subject(), link.useMode(), link.expiresAt(), link.usedAt());
    }
}
