package fi.kykyverkko.kernel.audit;

import fi.kykyverkko.kernel.time.PortalTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

/** An event as the log stored it: its number and the moment (UTC) the log wrote it. */
public record AuditEntry(long id, Instant when, AuditEvent event) {

    /** The moment on the Finnish clock, as people read it. */
    public LocalDateTime whenInHelsinki() {
        return PortalTime.local(when);
    }

    /** "2.12.2026 klo 8.15" in Finnish, and the same in Swedish and English. */
    public String when(Locale language) {
        return PortalTime.dateTime(when, language);
    }
}
