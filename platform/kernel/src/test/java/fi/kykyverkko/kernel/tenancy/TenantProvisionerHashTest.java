package fi.kykyverkko.kernel.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantProvisionerHashTest {

    private static TenantDefinition definition(Set<String> modules, String target) {
        return new TenantDefinition(TenantId.of("lappi"), new LocalizedText("Lappi", "Lappland", "Lapland"), "Rovaniemi",
                List.of("Rovaniemi", "Kemijärvi"), modules, "lappi",
                List.of(new TenantDefinition.IndicatorTarget("activation-rate", new BigDecimal(target), TenantDefinition.Scale.PERCENT)));
    }

    @Test
    void sameContentSameHashWhateverTheOrderOfModulesOrTheNumberFormat() {
        var a = new LinkedHashSet<>(List.of("a", "b"));
        var b = new LinkedHashSet<>(List.of("b", "a"));
        assertEquals(TenantProvisioner.hash(definition(a, "50")), TenantProvisioner.hash(definition(b, "50.0")));
    }

    @Test
    void anyChangeChangesTheHash() {
        assertNotEquals(TenantProvisioner.hash(definition(Set.of("a"), "50")), TenantProvisioner.hash(definition(Set.of("a"), "51")));
        assertNotEquals(TenantProvisioner.hash(definition(Set.of("a"), "50")), TenantProvisioner.hash(definition(Set.of(), "50")));
    }
}
