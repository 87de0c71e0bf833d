package fi.kykyverkko.kernel.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles and entities come from the modules that declare them; the registry refuses clashes. */
class ModuleRegistryTest {

    /** A plugin with one role and one persistent class of its own. */
    record Plugin(String id, List<ModuleRole> roles, List<Class<?>> entities) implements PortalModule {
        @Override
        public LocalizedText name() {
            return new LocalizedText(id, id, id);
        }

        @Override
        public boolean core() {
            return false;
        }
    }

    private static ModuleRegistry registry(PortalModule... modules) {
        ModuleRegistry registry = new ModuleRegistry();
        registry.collect(List.of(modules));
        return registry;
    }

    @Test
    void regionRolesAreTheKernelsAndThenEachModulesOwn() {
        Plugin coaching = new Plugin("coaching", List.of(new ModuleRole("job-coach", "työhönvalmentaja", "jobbcoach", "job coach")),
                List.of(String.class));
        ModuleRegistry registry = registry(coaching, new KernelModule());

        assertEquals(List.of("tenant-admin", "professional", "network-member", "panel-facilitator", "manager", "job-coach"),
                List.copyOf(registry.tenantRoleNames()));
        assertEquals("jobbcoach", registry.roleLabel("job-coach", Locale.forLanguageTag("sv")));
        assertEquals("ammattilainen", registry.roleLabel("professional", Locale.forLanguageTag("fi")));
        assertEquals("retired-role", registry.roleLabel("retired-role", Locale.forLanguageTag("fi")), "an unknown role shows its bare name");
    }

    @Test
    void aRoleOfAModuleARegionHasOffIsNotOfferedThere() {
        Plugin coaching = new Plugin("coaching", List.of(new ModuleRole("job-coach", "työhönvalmentaja", "jobbcoach", "job coach")), List.of());
        ModuleRegistry registry = registry(new KernelModule(), coaching);
        var without = new fi.kykyverkko.kernel.tenancy.Tenant() { }; // a region with no optional module on
        assertTrue(registry.tenantRoleNames().contains("job-coach"));
        assertTrue(!registry.tenantRoleNames(without).contains("job-coach"));
        assertTrue(registry.tenantRoleNames(without).contains("professional"));
    }

    @Test
    void twoModulesCannotClaimOneRole() {
        Plugin one = new Plugin("one", List.of(new ModuleRole("coach", "valmentaja", "coach", "coach")), List.of());
        Plugin two = new Plugin("two", List.of(new ModuleRole("coach", "valmentaja", "coach", "coach")), List.of());
        IllegalStateException clash = assertThrows(IllegalStateException.class, () -> registry(one, two));
        assertTrue(clash.getMessage().contains("'coach'"), clash.getMessage());
    }

    @Test
    void twoModulesCannotClaimOneId() {
        assertThrows(IllegalStateException.class, () -> registry(new Plugin("x", List.of(), List.of()), new Plugin("x", List.of(), List.of())));
    }

    @Test
    void theKernelDeclaresThePlatformsPersistentClasses() {
        Set<String> names = Set.copyOf(new KernelModule().entities().stream().map(Class::getSimpleName).toList());
        assertEquals(Set.of("UtcInstantConverter", "TextListConverter", "MultilingualText", "TimeSpan", "Tenant", "DefinitionReport",
                "IndicatorTargetRecord", "PersonalLink", "OutgoingMail"), names);
    }

    @Test
    void aRoleNeedsAPlainNameAndItsNameInThreeLanguages() {
        assertThrows(IllegalArgumentException.class, () -> new ModuleRole("Job Coach", "a", "b", "c"));
        assertThrows(IllegalArgumentException.class, () -> new ModuleRole("job-coach", "työhönvalmentaja", "", "job coach"));
        assertThrows(IllegalArgumentException.class, () -> new ModuleRole("job-coach", "työhönvalmentaja", "jobbcoach", null));
        assertEquals("job-coach", new ModuleRole("job-coach", "työhönvalmentaja", "jobbcoach", "job coach").name());
    }
}
