package fi.kykyverkko.shell.live;

/** One thing that UIs watch for changes: in a region, of a topic, by its id there. */
public record LiveKey(String region, String topic, long id) {

    public LiveKey {
        if (region == null || region.isBlank() || topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("a live key names its region and topic");
        }
    }
}
