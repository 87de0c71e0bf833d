package fi.kykyverkko.clients.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.ClientsModule;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.episodes.PhaseOrder;
import fi.kykyverkko.clients.retention.RetentionRun;
import fi.kykyverkko.clients.retention.RetentionSetting;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.ShellTestKit;
import fi.kykyverkko.shell.kit.StackedTable;
import jakarta.batch.runtime.BatchStatus;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings view as the manager and the data protection officer meet it, on an in-memory region. */
class ClientsSettingsViewTest {

    /** One region's settings in memory; the role rules and the phase order are the real ones. */
    static final class SettingsInMemory extends ClientsSettings {
        final List<ClientService> services = new ArrayList<>();
        final List<Phase> phases = new ArrayList<>();
        final RetentionSetting retention = retentionSetting12();
        int runsStarted;
        long nextId = 100;

        SettingsInMemory() {
            services.add(stored(new ClientService("tyokykytiimi", MultilingualText.of("Työkykytiimi", "Arbetsförmågeteam", "Work ability team"))));
            String[] codes = {"initial-screening", "team", "ended"};
            String[] names = {"Alkukartoitus", "Tiimi", "Päättynyt"};
            for (int i = 0; i < codes.length; i++) {
                phases.add(stored(new Phase(codes[i], MultilingualText.finnish(names[i]), i + 1)));
            }
        }

        private <T extends fi.kykyverkko.kernel.domain.Stamped> T stored(T row) {
            ShellTestKit.inject(row, "id", nextId++);
            return row;
        }

        private static void manager(TenantId tenant, PortalUser user) {
            if (!ClientRoles.isManager(user, tenant)) {
                throw new SecurityException("not the manager");
            }
        }

        @Override
        public List<ClientService> services(TenantId tenant) {
            return List.copyOf(services);
        }

        @Override
        public ClientService saveService(TenantId tenant, PortalUser user, ClientService service) {
            manager(tenant, user);
            service.check().throwIfAny();
            if (service.getId() == null) {
                services.add(stored(service));
            }
            return service;
        }

        @Override
        public ClientService retireService(TenantId tenant, PortalUser user, long serviceId) {
            manager(tenant, user);
            ClientService service = services.stream().filter(s -> s.getId() == serviceId).findFirst().orElseThrow();
            service.retire();
            return service;
        }

        @Override
        public List<Phase> phases(TenantId tenant) {
            return PhaseOrder.of(phases).inOrder();
        }

        @Override
        public Phase savePhase(TenantId tenant, PortalUser user, Phase phase) {
            manager(tenant, user);
            phase.check().throwIfAny();
            if (phase.getId() == null) {
                PhaseOrder.of(phases).add(phase);
                phases.add(stored(phase));
            }
            return phase;
        }

        @Override
        public List<Phase> movePhase(TenantId tenant, PortalUser user, long phaseId, int by) {
            manager(tenant, user);
            PhaseOrder order = PhaseOrder.of(phases);
            order.move(phases.stream().filter(p -> p.getId() == phaseId).findFirst().orElseThrow().getCode(), by);
            return order.inOrder();
        }

        @Override
        public RetentionSetting retentionSetting(TenantId tenant) {
            return retention;
        }

        @Override
        public RetentionSetting keepFor(TenantId tenant, PortalUser user, int years) {
            if (!ClientRoles.isDataProtection(user, tenant)) {
                throw new SecurityException("not the data protection officer");
            }
            retention.keepFor(years, user.username(), Instant.parse("2026-12-01T10:00:00Z"));
            return retention;
        }

        @Override
        public List<RetentionRun> retentionRuns(TenantId tenant) {
            return List.of();
        }

        @Override
        public long runRetentionNow(TenantId tenant, PortalUser user) {
            if (!ClientRoles.isDataProtection(user, tenant)) {
                throw new SecurityException("not the data protection officer");
            }
            return ++runsStarted;
        }

        @Override
        public BatchStatus retentionStatus(long executionId) {
            return BatchStatus.COMPLETED;
        }

        private static RetentionSetting retentionSetting12() {
            try {
                Constructor<RetentionSetting> made = RetentionSetting.class.getDeclaredConstructor();
                made.setAccessible(true);
                RetentionSetting setting = made.newInstance();
                ShellTestKit.inject(setting, "retentionYears", 12);
                return setting;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    private final SettingsInMemory settings = new SettingsInMemory();
    private final ShellTestKit kit = new ShellTestKit(new ClientsModule()).bean(ClientsSettings.class, settings);

    @AfterEach
    void stop() {
        kit.close();
    }

    private int openAs(String role) {
        kit.signIn("mikko", "Mikko Manninen", List.of("/tenants/lappi/" + role), List.of()).start();
        return kit.open("lappi/clients/settings");
    }

    @SuppressWarnings("unchecked")
    private static List<String> phaseCodes() {
        return ((StackedTable<Phase>) _get(StackedTable.class, spec -> spec.withId("settings-phases"))).items().stream()
                .map(Phase::getCode).toList();
    }

    @Test
    void aProfessionalDoesNotFindTheSettings() {
        assertEquals(404, openAs("professional"));
    }

    @Test
    void theManagerMovesPhasesWithButtonsThatSayWhatTheyDoAndEndedStaysLast() {
        assertEquals(200, openAs("manager"));
        Button up = _get(Button.class, spec -> spec.withId("phase-up-initial-screening"));
        assertFalse(up.isEnabled(), "the first phase cannot go up");
        assertFalse(_get(Button.class, spec -> spec.withId("phase-down-team")).isEnabled(), "nothing goes below \"ended\"");
        _assertNone(Button.class, spec -> spec.withId("phase-up-ended"));
        Button down = _get(Button.class, spec -> spec.withId("phase-down-initial-screening"));
        assertEquals("Siirrä alaspäin: Alkukartoitus", down.getAriaLabel().orElseThrow());

        _click(down);
        assertEquals(List.of("team", "initial-screening", "ended"), phaseCodes());
        assertTrue(_get(Button.class, spec -> spec.withId("phase-up-initial-screening")).isEnabled());

        _click(_get(Button.class, spec -> spec.withId("settings-phase-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("phase-name-fi")), "Työnhaku");
        _click(_get(Button.class, spec -> spec.withId("phase-save")));
        assertEquals(List.of("team", "initial-screening", "ended"), phaseCodes().stream().filter(c -> !c.startsWith("tyonhaku")).toList());
        assertTrue(phaseCodes().get(2).startsWith("tyonhaku-"), "the new phase, its code made from its name, before ended: " + phaseCodes());

        // the retention period is the data protection officer's
        assertTrue(_get(IntegerField.class, spec -> spec.withId("settings-retention-years")).isReadOnly());
        _assertNone(Button.class, spec -> spec.withId("settings-retention-save"));
        _assertNone(Button.class, spec -> spec.withId("settings-retention-run"));
    }

    @Test
    void aNewServiceWithACapOutOfRangeIsRefusedNextToTheFieldThenSaved() {
        openAs("manager");
        _click(_get(Button.class, spec -> spec.withId("settings-service-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("service-name-fi")), "IPS-valmennus");
        IntegerField cap = _get(IntegerField.class, spec -> spec.withId("service-cap"));
        _setValue(cap, 600);
        _click(_get(Button.class, spec -> spec.withId("service-save")));
        assertTrue(cap.isInvalid());
        assertEquals("Enimmäismäärän on oltava 1–500.", cap.getErrorMessage());
        assertEquals(1, settings.services.size(), "nothing saved");

        _setValue(cap, 15);
        _click(_get(Button.class, spec -> spec.withId("service-save")));
        ClientService saved = settings.services.get(1);
        assertEquals(15, saved.getCaseloadCap().orElseThrow());
        assertTrue(saved.getCode().startsWith("ips-valmennus-"), saved.getCode());
    }

    @Test
    void theDataProtectionOfficerSetsThePeriodAndRunsTheJobButChangesNoServiceOrPhase() {
        assertEquals(200, openAs(ClientRoles.DATA_PROTECTION.name()));
        _assertNone(Button.class, spec -> spec.withId("settings-service-new"));
        _assertNone(Button.class, spec -> spec.withId("settings-phase-new"));
        _assertNone(Button.class, spec -> spec.withId("phase-down-initial-screening"));

        IntegerField years = _get(IntegerField.class, spec -> spec.withId("settings-retention-years"));
        assertFalse(years.isReadOnly());
        assertEquals(12, years.getValue());
        _setValue(years, 200);
        _click(_get(Button.class, spec -> spec.withId("settings-retention-save")));
        assertTrue(years.isInvalid());
        assertEquals(12, settings.retention.getRetentionYears());
        _setValue(years, 8);
        _click(_get(Button.class, spec -> spec.withId("settings-retention-save")));
        assertEquals(8, settings.retention.getRetentionYears());

        _click(_get(Button.class, spec -> spec.withId("settings-retention-run")));
        assertEquals(1, settings.runsStarted);
        _click(_get(Button.class, spec -> spec.withId("settings-retention-refresh")));
        assertEquals("Käynnistetyn ajon tila: valmis", _get(Paragraph.class, spec -> spec.withId("settings-retention-status")).getText());
    }
}
