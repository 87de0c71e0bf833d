package fi.kykyverkko.clients.episodes;

import fi.kykyverkko.kernel.domain.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The region's phase list as one whole, for changing its order: every phase in its place 1..n and "ended" always
 * last, whatever is added or moved. A phase is never removed, since episode histories name it. The rules live here
 * and in {@link Phase}, so the settings service, an import or a test cannot place a phase after "ended".
 */
public final class PhaseOrder {

    /** The phases before "ended", in order. */
    private final List<Phase> steps = new ArrayList<>();
    private final Phase ended;

    private PhaseOrder(List<Phase> phases) {
        Phase last = null;
        for (Phase phase : phases.stream().sorted(Comparator.comparingInt(Phase::getPosition)
                .thenComparing(p -> p.getId() == null ? Long.MAX_VALUE : p.getId())).toList()) {
            if (phase.ends()) {
                last = phase;
            } else {
                steps.add(phase);
            }
        }
        if (last == null) {
            // every region's migration gives it "ended"; without it no episode could end
            throw new IllegalStateException("the region has no \"" + Episode.ENDED + "\" phase");
        }
        this.ended = last;
    }

    /** The order of {@code phases} (the region's whole list, in any order), numbered again from 1 with "ended" last. */
    public static PhaseOrder of(List<Phase> phases) {
        PhaseOrder order = new PhaseOrder(phases);
        order.number();
        return order;
    }

    /** Adds a new phase just before "ended" and returns it in its place; its code must be new to the list. */
    public Phase add(Phase phase) {
        if (phase.getId() != null) {
            throw new IllegalArgumentException("the phase is in the list already");
        }
        if (phase.ends()) {
            Problems.refuse("code", "validation.code-taken");
        }
        steps.add(phase);
        number();
        return phase;
    }

    /**
     * Moves the phase with {@code code} one place up ({@code by} = -1) or down (+1). "Ended" never moves, and no
     * phase moves past the first place or down into "ended"'s.
     */
    public void move(String code, int by) {
        if (by != -1 && by != 1) {
            throw new IllegalArgumentException("a phase moves one place at a time");
        }
        if (ended.getCode().equals(code)) {
            Problems.refuse("position", "clients.settings.phase.ended-fixed");
        }
        int from = indexOf(code);
        int to = from + by;
        if (to < 0) {
            Problems.refuse("position", "clients.settings.phase.first-already");
        }
        if (to >= steps.size()) {
            Problems.refuse("position", "clients.settings.phase.before-ended");
        }
        steps.add(to, steps.remove(from));
        number();
    }

    /** Every phase in order, "ended" last. */
    public List<Phase> inOrder() {
        List<Phase> all = new ArrayList<>(steps);
        all.add(ended);
        return List.copyOf(all);
    }

    private int indexOf(String code) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getCode().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no phase " + code + " in the region");
    }

    private void number() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getPosition() != i + 1) {
                steps.get(i).moveTo(i + 1);
            }
        }
        if (ended.getPosition() != steps.size() + 1) {
            ended.placeLast(steps.size() + 1);
        }
    }
}
