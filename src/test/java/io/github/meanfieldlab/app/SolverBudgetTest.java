package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The shares the budget hands out: a run alone has every thread and no turns; compare mode's A and B together
 * have no more than the budget and at least one each, B the larger half, and on one thread the two take turns
 * on one lock, a new one for each compare mode.
 */
class SolverBudgetTest {

    @Test
    void aRunAloneHasEveryThreadAndStepsOnItsOwn() {
        for (int threads = 1; threads <= 8; threads++) {
            SolverBudget.Share alone = new SolverBudget(threads).alone();
            assertEquals(threads, alone.threads());
            assertNull(alone.turns());
        }
    }

    @Test
    void aAndBSplitTheBudgetAndTakeTurnsOnOneLockOnlyWhenItCannotBeSplit() {
        for (int threads = 2; threads <= 8; threads++) {
            SolverBudget budget = new SolverBudget(threads);
            SolverBudget.Split split = budget.split();
            assertEquals(threads, split.pinned().threads() + split.window().threads(), "budget " + threads);
            assertTrue(split.pinned().threads() >= 1 && split.window().threads() >= split.pinned().threads());
            assertNull(split.pinned().turns());
            assertNull(split.window().turns());
            assertTrue(!budget.takeTurns());
        }
        SolverBudget one = new SolverBudget(1);
        SolverBudget.Split split = one.split();
        assertTrue(one.takeTurns());
        assertEquals(1, split.pinned().threads());
        assertEquals(1, split.window().threads());
        assertNotNull(split.pinned().turns());
        assertSame(split.pinned().turns(), split.window().turns(), "A and B alternate on the same lock");
        assertNotSame(split.pinned().turns(), one.split().pinned().turns(), "each compare mode a lock of its own");
    }

    @Test
    void aShareWithoutThreadsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SolverBudget(0));
        assertThrows(IllegalArgumentException.class, () -> new SolverBudget.Share(0, null));
    }
}
