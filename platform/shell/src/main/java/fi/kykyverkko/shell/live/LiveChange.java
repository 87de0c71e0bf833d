package fi.kykyverkko.shell.live;

import java.io.Serializable;

/**
 * What travels on the {@link LiveBus}, between the nodes too: the region, the topic (a module's name for the kind of
 * thing, {@code consultations.room}, {@code panels.panel}), the id of the thing in its region and what changed, never
 * who or what was written (no personal data, no text). Each node re-reads from the database what its own UIs show.
 * {@code origin} names the node that published it, so a node ignores its own change coming back.
 */
public record LiveChange(String region, String topic, long id, String what, String origin) implements Serializable {

    private static final long serialVersionUID = 1L;

    public LiveChange {
        if (region == null || region.isBlank() || topic == null || topic.isBlank() || what == null || what.isBlank()
                || origin == null) {
            throw new IllegalArgumentException("a live change names its region, topic, what changed and its node");
        }
    }

    /** The thing that changed, as a watcher names it. */
    public LiveKey key() {
        return new LiveKey(region, topic, id);
    }
}
