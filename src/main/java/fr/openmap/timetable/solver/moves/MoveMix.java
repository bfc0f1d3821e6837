package fr.openmap.timetable.solver.moves;

import java.util.Arrays;
import java.util.Random;

/**
 * How often each kind of compound move is drawn, as weights out of 100. The weights and their order are part of
 * the solver's behaviour: a seed reproduces a run (and the benchmark results) only with the same draws.
 */
enum MoveMix {
    /** Aimed at the few idle slots left late in the search, which random meetings rarely hit; it scans everyone. */
    CLOSE_GAP(10),
    /** The main move, and the only one that gives an unplanned pair a slot (it had 40 before close gap took 10). */
    PLACE(30),
    /** Reorders a participant's meetings without changing who meets. */
    SWAP(25),
    /** Reaches a slot taken on the other side by shifting the whole chain, which place and swap cannot. */
    KEMPE(27),
    /** Rarely useful on its own: frees a slot so a heavier pair can take it later. */
    DROP(8);

    /** 100: the dice of the solver before the moves were split, kept so that seeds keep their runs. */
    private static final int TOTAL = Arrays.stream(values()).mapToInt(kind -> kind.weight).sum();

    private final int weight;

    MoveMix(int weight) {
        this.weight = weight;
    }

    /** One draw from the generator, in [0, TOTAL), then the kind whose share holds it (in declaration order). */
    static MoveMix draw(Random random) {
        int dice = random.nextInt(TOTAL);
        for (MoveMix kind : values()) {
            if (dice < kind.weight) {
                return kind;
            }
            dice -= kind.weight;
        }
        throw new IllegalStateException("dice beyond the total weight");
    }
}
