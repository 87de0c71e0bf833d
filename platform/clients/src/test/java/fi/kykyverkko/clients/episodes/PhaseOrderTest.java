package fi.kykyverkko.clients.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.MultilingualText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of a region's phase list: "ended" is always last and never moves, a phase's code never changes. */
public class PhaseOrderTest {

    /** The migration's default path, deliberately out of order and with a gap, as a region's rows may come. */
    private static List<Phase> defaults() {
        return List.of(new Phase("ended", MultilingualText.finnish("Päättynyt"), 6),
                new Phase("investigation", MultilingualText.finnish("Selvittely"), 2),
                new Phase("initial-screening", MultilingualText.finnish("Alkukartoitus"), 1),
                new Phase("team", MultilingualText.finnish("Tiimi"), 4),
                new Phase("follow-up", MultilingualText.finnish("Seuranta"), 9));
    }

    private static List<String> codes(PhaseOrder order) {
        return order.inOrder().stream().map(Phase::getCode).toList();
    }

    private static List<Integer> positions(PhaseOrder order) {
        return order.inOrder().stream().map(Phase::getPosition).toList();
    }

    /** {@code row} as JPA gives it back once stored: with an id. */
    public static <T extends fi.kykyverkko.kernel.domain.Stamped> T stored(T row, long id) {
        try {
            java.lang.reflect.Field field = fi.kykyverkko.kernel.domain.Stamped.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(row, id);
            return row;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String refusal(Executable act) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, act);
        var problem = refused.problems().list().get(0);
        return problem.field() + ": " + problem.key();
    }

    @Test
    void theListIsNumberedFromOneWithEndedLast() {
        PhaseOrder order = PhaseOrder.of(defaults());
        assertEquals(List.of("initial-screening", "investigation", "team", "follow-up", "ended"), codes(order));
        assertEquals(List.of(1, 2, 3, 4, 5), positions(order));
    }

    @Test
    void aNewPhaseLandsJustBeforeEnded() {
        PhaseOrder order = PhaseOrder.of(defaults());
        assertThrows(IllegalArgumentException.class, () -> order.add(stored(new Phase("team-2", MultilingualText.finnish("Tiimi")), 99)),
                "a stored phase is in the list already");
        Phase coaching = order.add(new Phase("job-coaching", MultilingualText.finnish("Valmennus")));
        assertEquals(List.of("initial-screening", "investigation", "team", "follow-up", "job-coaching", "ended"), codes(order));
        assertEquals(5, coaching.getPosition());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), positions(order));
        assertEquals("code: validation.code-taken", refusal(() -> order.add(new Phase("ended", MultilingualText.finnish("Toinen loppu")))));
    }

    @Test
    void aPhaseMovesOnePlaceUpOrDownButNeverPastTheFirstPlaceOrIntoEnded() {
        PhaseOrder order = PhaseOrder.of(defaults());
        order.move("team", -1);
        assertEquals(List.of("initial-screening", "team", "investigation", "follow-up", "ended"), codes(order));
        order.move("initial-screening", 1);
        assertEquals(List.of("team", "initial-screening", "investigation", "follow-up", "ended"), codes(order));
        assertEquals(List.of(1, 2, 3, 4, 5), positions(order));
        assertEquals("position: clients.settings.phase.first-already", refusal(() -> order.move("team", -1)));
        assertEquals("position: clients.settings.phase.before-ended", refusal(() -> order.move("follow-up", 1)));
        assertEquals("position: clients.settings.phase.ended-fixed", refusal(() -> order.move("ended", -1)));
        assertEquals(List.of("team", "initial-screening", "investigation", "follow-up", "ended"), codes(order), "refusals change nothing");
        assertThrows(IllegalArgumentException.class, () -> order.move("no-such-phase", 1));
        assertThrows(IllegalArgumentException.class, () -> order.move("team", 2));
    }

    @Test
    void endedCannotBeMovedNorItsCodeChanged() {
        Phase ended = stored(new Phase("ended", MultilingualText.finnish("Päättynyt"), 6), 6);
        assertEquals("position: clients.settings.phase.ended-fixed", refusal(() -> ended.moveTo(1)));
        assertEquals("code: clients.settings.code-fixed", refusal(() -> ended.setCode("closed")));
        ended.rename(MultilingualText.of("Päättyi", "Avslutades", "Closed"));
        assertEquals("Closed", ended.getName().en());
        assertEquals("ended", ended.getCode());
        assertEquals(6, ended.getPosition());
    }

    @Test
    void aPhaseKeepsItsCodeAndItsNameRulesAreChecked() {
        Phase team = stored(new Phase("team", MultilingualText.finnish("Tiimi"), 4), 4);
        assertEquals("code: clients.settings.code-fixed", refusal(() -> team.setCode("group")));
        team.setCode(" team "); // the same code, as a form writes it back
        assertEquals("position: clients.settings.phase.position", refusal(() -> team.moveTo(0)));
        team.rename(null);
        assertEquals(List.of("nameFi: validation.required"), team.check().list().stream().map(p -> p.field() + ": " + p.key()).toList());
        Phase fresh = new Phase(null, MultilingualText.finnish("Uusi"));
        fresh.setCode("uusi-1234");
        fresh.setCode("new-phase"); // until stored, a form may write the code again (a second try after a refusal)
        assertEquals("new-phase", fresh.getCode());
        assertEquals(List.of("code: validation.code"), new Phase("Iso Kirjain", MultilingualText.finnish("X")).check().list().stream()
                .map(p -> p.field() + ": " + p.key()).toList());
    }

    @Test
    void aRegionWithoutEndedIsAnError() {
        assertThrows(IllegalStateException.class, () -> PhaseOrder.of(List.of(new Phase("team", MultilingualText.finnish("Tiimi"), 1))));
    }
}
