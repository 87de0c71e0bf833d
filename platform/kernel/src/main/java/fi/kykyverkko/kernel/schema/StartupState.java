package fi.kykyverkko.kernel.schema;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Where the portal's start-up stands, in words an operator can act on; read by health checks and the UI. */
@ApplicationScoped
public class StartupState {

    public enum Phase { STARTING, WAITING, READY }

    private volatile Phase phase = Phase.STARTING;
    private volatile String detail = "starting";
    private volatile Instant since = Instant.now();
    private volatile boolean identitySynced;

    void set(Phase phase, String detail) {
        if (this.phase != phase || !this.detail.equals(detail)) {
            this.since = Instant.now();
        }
        this.phase = phase;
        this.detail = detail;
    }

    public Phase phase() {
        return phase;
    }

    public boolean isReady() {
        return phase == Phase.READY;
    }

    /** E.g. "waiting for MariaDB at jdbc:mariadb://127.0.0.1:3307/: Connection refused". Never contains personal data. */
    public String detail() {
        return detail;
    }

    /** True once every region's Keycloak organization and role groups (and demo people, if on) are in place. */
    public boolean identitySynced() {
        return identitySynced;
    }

    void identitySynced(boolean synced) {
        this.identitySynced = synced;
    }

    public Instant since() {
        return since;
    }
}
