package fi.kykyverkko.shell.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live bus's payload and Payara's cluster qualifiers as made at run time. */
class LiveBusTest {

    @Retention(RetentionPolicy.RUNTIME)
    @interface Sample {
        String eventName() default "";

        boolean loopBack() default false;

        String[] instanceName() default {};
    }

    @Sample
    private static final class Annotated {
    }

    @Test
    void theClusterQualifiersKeepTheAnnotationContract() {
        Sample real = Annotated.class.getAnnotation(Sample.class);
        Sample made = PayaraQualifiers.defaults(Sample.class);
        assertEquals(Sample.class, made.annotationType());
        assertEquals("", made.eventName());
        assertFalse(made.loopBack());
        assertEquals(0, made.instanceName().length);
        assertTrue(made.equals(real) && real.equals(made), "equal to the compiler's instance both ways");
        assertEquals(real.hashCode(), made.hashCode());
        assertTrue(PayaraQualifiers.of(PayaraQualifiers.OUTBOUND).isEmpty(), "Payara's API is not on the unit tests' class path");
        assertTrue(PayaraQualifiers.with(Sample.class, Map.of("loopBack", true)).loopBack());
        assertFalse(PayaraQualifiers.with(Sample.class, Map.of("loopBack", true)).equals(real));
    }

    @Test
    void theClusterQualifiersTravelWithTheEvent() throws Exception {
        // Payara sends an event's qualifiers with it to the other nodes
        Sample made = PayaraQualifiers.with(Sample.class, Map.of("eventName", "room"));
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(made);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            Sample back = (Sample) in.readObject();
            assertEquals("room", back.eventName());
            assertEquals(made, back);
        }
    }

    @Test
    void aLiveChangeNamesItsRegionTopicAndNode() {
        assertThrows(IllegalArgumentException.class, () -> new LiveChange(" ", "panels.panel", 1, "IDEA", "n"));
        assertThrows(IllegalArgumentException.class, () -> new LiveChange("lappi", "", 1, "IDEA", "n"));
        assertThrows(IllegalArgumentException.class, () -> new LiveChange("lappi", "panels.panel", 1, null, "n"));
        assertEquals(new LiveKey("lappi", "panels.panel", 1), new LiveChange("lappi", "panels.panel", 1, "IDEA", "n").key());
    }

    @Test
    void aWatcherHearsItsOwnKeyOnlyAndStopsWhenAsked() {
        LiveHub hub = LiveHub.local(); // outside Payara: this node only
        LiveKey lapland = new LiveKey("lappi", "panels.panel", 7);
        java.util.List<LiveChange> heard = new java.util.ArrayList<>();
        Runnable stop = hub.watch(lapland, heard::add);
        hub.publish(lapland, "IDEA");
        hub.publish(new LiveKey("kymenlaakso", "panels.panel", 7), "IDEA");
        hub.publish(new LiveKey("lappi", "panels.panel", 8), "IDEA");
        hub.publish(new LiveKey("lappi", "consultations.room", 7), "NOTES");
        assertEquals(java.util.List.of(new LiveChange("lappi", "panels.panel", 7, "IDEA", hub.bus.node())), heard,
                "the same id in another region or topic is another thing");
        assertEquals(1, hub.watching(lapland));
        stop.run();
        hub.publish(lapland, "IDEA");
        assertEquals(1, heard.size());
        assertEquals(0, hub.watching(lapland));
    }
}
