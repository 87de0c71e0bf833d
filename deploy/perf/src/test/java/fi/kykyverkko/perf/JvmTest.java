package fi.kykyverkko.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading jcmd's class histogram and thread dump, and which classes grew between two histograms. */
class JvmTest {

    static final String BEFORE = """
            12345:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         10000        1000000  [B (java.base@17.0.15)
               2:          5000         120000  java.lang.String (java.base@17.0.15)
               3:           100           4800  com.vaadin.flow.internal.StateNode
            Total         15100        1124800
            """;
    static final String AFTER = """
            12345:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         20000        3000000  [B (java.base@17.0.15)
               2:         50100        2404800  com.vaadin.flow.internal.StateNode
               3:          5500         132000  java.lang.String (java.base@17.0.15)
            Total         75600        5536800
            """;

    @Test
    void readsTheTotalAndTheRows() {
        Jvm.Histogram h = Jvm.Histogram.parse(AFTER);
        assertEquals(5_536_800, h.totalBytes());
        assertEquals(75_600, h.totalInstances());
        assertEquals(3, h.rows().size());
        assertEquals(2_404_800, h.bytesOf("com.vaadin.flow.internal.StateNode"));
        assertEquals(50_100, h.instancesOf("com.vaadin.flow.internal.StateNode"));
        assertThrows(IllegalStateException.class, () -> Jvm.Histogram.parse("jcmd: no such process"));
    }

    @Test
    void listsWhatGrewMostFirst() {
        List<MemoryRun.Growth> grown = MemoryRun.growth(Jvm.Histogram.parse(BEFORE), Jvm.Histogram.parse(AFTER), 2);
        assertEquals(2, grown.size());
        assertEquals("com.vaadin.flow.internal.StateNode", grown.get(0).className());
        assertEquals(2_400_000, grown.get(0).bytes());
        assertEquals(50_000, grown.get(0).instances());
        assertEquals("[B", grown.get(1).className());
    }

    @Test
    void summarisesTheRequestThreads() {
        String dump = """
                "http-thread-pool::http-listener(1)" #80 daemon prio=5
                   java.lang.Thread.State: RUNNABLE
                	at x.y(Z.java:1)

                "http-thread-pool::http-listener(2)" #81 daemon prio=5
                   java.lang.Thread.State: TIMED_WAITING (on object monitor)
                	at com.sun.enterprise.resource.pool.ConnectionPool.getResource(ConnectionPool.java:1)

                "main" #1 prio=5
                   java.lang.Thread.State: WAITING (parking)
                """;
        String summary = Jvm.threadSummary(dump);
        assertTrue(summary.contains("RUNNABLE=1") && summary.contains("TIMED_WAITING=1") && summary.contains("WAITING=1"), summary);
        assertTrue(summary.contains("TIMED_WAITING (in the JDBC pool)=1"), summary);
    }

    @Test
    void readsThisProcesssCpuTime() {
        assertTrue(Jvm.cpuTicks(ProcessHandle.current().pid()) >= 0);
        long[] machine = Jvm.machineTicks();
        assertTrue(machine[1] >= machine[0] && machine[1] > 0);
    }
}
