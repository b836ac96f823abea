package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Direct host memory kept between launches. */
class StagingPoolTest {

    @Test
    void buffersWithEqualContentsAreNeverHandedOutTwice() {
        StagingPool pool = new StagingPool();
        ByteBuffer a = pool.take(100);
        ByteBuffer b = pool.take(100);
        pool.give(a);
        pool.give(b);   // both all zeros: equal by ByteBuffer.equals
        ByteBuffer c = pool.take(100);
        ByteBuffer d = pool.take(100);
        assertNotSame(c, d);
        assertTrue((c == a || c == b) && (d == a || d == b), "both reused");
    }

    @Test
    void takesTheSmallestThatFitsWithExactLimitAndNativeOrder() {
        StagingPool pool = new StagingPool();
        ByteBuffer big = pool.take(3 * StagingPool.PAGE);
        ByteBuffer small = pool.take(10);
        big.position(7);
        pool.give(big);
        pool.give(small);
        ByteBuffer again = pool.take(5);
        assertSame(small, again);
        assertEquals(0, again.position());
        assertEquals(5, again.limit());
        assertEquals(ByteOrder.nativeOrder(), again.order());
        assertSame(big, pool.take(2 * StagingPool.PAGE));
        assertNotSame(big, pool.take(2 * StagingPool.PAGE), "taken: a new one");
    }

    @Test
    void keepsAtMostTheLimitDroppingTheSmallestFirst() {
        StagingPool pool = new StagingPool(4 * StagingPool.PAGE);
        ByteBuffer huge = pool.take(5 * StagingPool.PAGE);
        pool.give(huge);
        assertNotSame(huge, pool.take(5 * StagingPool.PAGE), "too large to keep");
        ByteBuffer small = pool.take(10);           // capacity: one page
        ByteBuffer large = pool.take(StagingPool.PAGE + 1);     // capacity: two pages
        ByteBuffer middle = pool.take(StagingPool.PAGE + 2);    // capacity: two pages
        pool.give(small);
        pool.give(large);
        pool.give(middle);                          // five pages: the smallest goes
        assertNotSame(small, pool.take(10));
    }
}
