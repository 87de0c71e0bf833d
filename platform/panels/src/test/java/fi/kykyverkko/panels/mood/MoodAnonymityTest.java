package fi.kykyverkko.panels.mood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An answer of the kiosk carries nothing that could tie it to a member, a link, a user or the order of answering. */
class MoodAnonymityTest {

    @Test
    void anAnswerHoldsOnlyTheMeetingTheInstrumentAndTheThreeValues() {
        Set<String> fields = Arrays.stream(MoodAnswer.class.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).filter(n -> !n.startsWith("_persistence")).collect(Collectors.toSet());
        assertEquals(Set.of("id", "meetingId", "instrumentCode", "instrumentVersion", "meetingValue", "heardValue", "againValue"), fields);
    }

    @Test
    void theOwnPhoneMarkerNamesTheMemberAndMeetingButNoAnswerAndNoTime() {
        Set<String> fields = Arrays.stream(MoodMarker.class.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).filter(n -> !n.startsWith("_persistence")).collect(Collectors.toSet());
        assertEquals(Set.of("id", "meetingId", "memberId"), fields);
        MoodMarker a = new MoodMarker(1, 5);
        MoodMarker b = new MoodMarker(1, 6);
        try {
            Field id = MoodMarker.class.getDeclaredField("id");
            id.setAccessible(true);
            assertEquals(4, java.util.UUID.fromString((String) id.get(a)).version(), "random, so markers tell no order either");
            assertNotEquals(id.get(a), id.get(b));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void idsAreRandomSoTheyTellNoOrder() {
        MoodAnswer a = new MoodAnswer(1, "panel-mood", 1, 3, 3, 2);
        MoodAnswer b = new MoodAnswer(1, "panel-mood", 1, 3, 3, 2);
        assertNotEquals(idOf(a), idOf(b));
        assertEquals(4, java.util.UUID.fromString(idOf(a)).version(), "a random (version 4) UUID");
    }

    @Test
    void theKioskAsksTheShippedInstrumentsThreeSmileyQuestions() {
        assertEquals("panel-mood", MoodFeedback.instrument().code());
        assertEquals(MoodResults.ITEMS, MoodFeedback.questions().stream().map(i -> i.id()).toList());
    }

    @Test
    void resultsCountEveryValueOutOfTheAnswers() {
        MoodResults r = new MoodResults(1, 4, Map.of("meeting", new int[]{1, 0, 3}, "heard", new int[]{0, 0, 4}, "again", new int[]{0, 0, 0}));
        assertEquals("3/4", r.share("meeting", 3));
        assertEquals("0/4", r.share("meeting", 2));
        assertEquals(2.5, r.mean("meeting"));
        assertNull(r.mean("again"));
    }

    private static String idOf(MoodAnswer a) {
        try {
            Field f = MoodAnswer.class.getDeclaredField("id");
            f.setAccessible(true);
            return (String) f.get(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
