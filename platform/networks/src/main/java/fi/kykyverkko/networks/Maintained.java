package fi.kykyverkko.networks;

import java.time.Instant;

/** A row people maintain in the UI and by import: found by its code, checked before saving, stamped when saved. */
public interface Maintained {

    Long getId();

    String getCode();

    Problems check();

    void touch(String actor, Instant now);
}
