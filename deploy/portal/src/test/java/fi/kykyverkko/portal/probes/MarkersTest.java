package fi.kykyverkko.portal.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkersTest {

    @Test
    void findsEveryMarkerInsideLongerTextsAndOverlappingOnes() {
        Markers markers = new Markers(List.of("Kymenlaakson Setlementti", "Setlementti ry", "Kotkan kaupunki", "he"));
        assertEquals(Set.of("Kymenlaakson Setlementti", "Setlementti ry", "he"),
                markers.foundIn("{\"value\":\"Kymenlaakson Setlementti ry\",\"x\":\"the\"}"));
        assertEquals(Set.of(), markers.foundIn("Kotkan kaupunk i, Kymenlaakson Setlement"));
    }
}
