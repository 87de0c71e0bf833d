package fi.kykyverkko.kernel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.tenancy.TenantId;
import org.junit.jupiter.api.Test;

/** A module's demo files live in its own jar, by module and region. */
class DemoDataTest {

    @Test
    void demoFilesAreFoundByModuleAndRegion() {
        assertEquals("demo/networks/lappi/people.csv", DemoData.path("networks", TenantId.of("lappi"), "people.csv"));
        assertTrue(DemoData.read(DemoDataTest.class, "demo/kernel-test/lappi/hello.txt").isPresent());
        assertTrue(DemoData.read(DemoDataTest.class, "demo/kernel-test/lappi/missing.txt").isEmpty());
    }

    @Test
    void nothingIsReadWhenDemoDataAreOff() {
        DemoData off = new DemoData();
        assertTrue(off.file(DemoDataTest.class, "kernel-test", TenantId.of("lappi"), "hello.txt").isEmpty());
        DemoData on = new DemoData();
        on.enabled = true;
        assertEquals("hei\n", new String(on.file(DemoDataTest.class, "kernel-test", TenantId.of("lappi"), "hello.txt").orElseThrow()));
    }
}
