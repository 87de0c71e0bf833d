package fi.kykyverkko.shell.admin.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.mail.MailOutbox;
import fi.kykyverkko.kernel.mail.MailStatus;
import fi.kykyverkko.kernel.mail.MailTemplates;
import fi.kykyverkko.kernel.mail.OutgoingMail;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.ShellTestKit;
import fi.kykyverkko.shell.kit.StackedTable;
import com.vaadin.flow.component.html.NativeButton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admins' outbox view on an in-memory outbox per region; the messages' rules are the real ones. */
class OutboxViewTest {

    private static final Instant T = Instant.parse("2026-12-03T07:00:00Z");

    /** Each region's messages in memory. */
    static final class OutboxInMemory extends MailOutbox {
        final Map<TenantId, List<OutgoingMail>> messages = new HashMap<>();
        long nextId = 1;

        OutgoingMail add(TenantId tenant, String to, int failures) {
            OutgoingMail mail = new OutgoingMail(to, new MailTemplates.Rendered("Kutsu kyselyyn", "Hei,\n\nvastaa tästä."),
                    "survey-invitation", "fi", "lappi.professional", T, T);
            ShellTestKit.inject(mail, "id", nextId++);
            for (int i = 0; i < failures; i++) {
                mail.failed("Connection refused", T.plusSeconds(i));
            }
            messages.computeIfAbsent(tenant, k -> new ArrayList<>()).add(mail);
            return mail;
        }

        @Override
        public List<OutgoingMail> list(TenantId tenant, MailStatus status, int limit) {
            return messages.getOrDefault(tenant, List.of()).stream().filter(m -> status == null || m.status() == status).toList();
        }

        @Override
        public Map<MailStatus, Long> countByStatus(TenantId tenant) {
            Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
            for (MailStatus s : MailStatus.values()) {
                counts.put(s, list(tenant, s, 500).stream().count());
            }
            return counts;
        }

        @Override
        public Optional<OutgoingMail> find(TenantId tenant, long id) {
            return messages.getOrDefault(tenant, List.of()).stream().filter(m -> m.id() == id).findFirst();
        }

        @Override
        public OutgoingMail retryNow(TenantId tenant, long id, Instant now) {
            OutgoingMail mail = find(tenant, id).orElseThrow(() -> new IllegalStateException("gone"));
            mail.retryNow(now);
            return mail;
        }
    }

    private final OutboxInMemory outbox = new OutboxInMemory();
    private final OutboxAdmin admin = new OutboxAdmin();
    private final ShellTestKit kit;

    OutboxViewTest() {
        ShellTestKit.inject(admin, "outbox", outbox);
        kit = new ShellTestKit().bean(OutboxAdmin.class, admin);
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @SuppressWarnings("unchecked")
    private static StackedTable<OutgoingMail> table() {
        return _get(StackedTable.class, spec -> spec.withId("outbox-list"));
    }

    @Test
    void aRegionsAdminSeesItsMailOnlyFiltersByStatusReadsAndRetriesAGivenUpMessage() {
        outbox.add(ShellTestKit.KESKI_UUSIMAA, "sent@example.fi", 0).sent(T.plusSeconds(5));
        OutgoingMail givenUp = outbox.add(ShellTestKit.KESKI_UUSIMAA, "broken@example.fi", OutgoingMail.MAX_ATTEMPTS);
        outbox.add(ShellTestKit.LAPPI, "lappi@example.fi", 0);
        kit.signInTwoRegionAdmin().start();
        assertEquals(200, kit.open("keski-uusimaa/admin/outbox"));
        assertEquals(List.of("sent@example.fi", "broken@example.fi"), table().items().stream().map(OutgoingMail::recipient).toList());

        @SuppressWarnings("unchecked")
        Select<MailStatus> status = _get(Select.class, spec -> spec.withId("outbox-status"));
        status.setValue(MailStatus.GAVE_UP);
        assertEquals(List.of("broken@example.fi"), table().items().stream().map(OutgoingMail::recipient).toList());

        _click(_get(NativeButton.class, spec -> spec.withText("Avaa")));
        assertTrue(_get(Pre.class, spec -> spec.withId("outbox-body")).getText().contains("vastaa tästä"));

        _click(_get(NativeButton.class, spec -> spec.withText("Yritä nyt uudelleen")));
        assertEquals(MailStatus.FAILED_RETRYING, givenUp.status());
        assertTrue(givenUp.isDue(Instant.now()));
    }

    @Test
    void anotherRegionsOutboxIsNotOpenToThisRegionsAdmin() {
        outbox.add(ShellTestKit.LAPPI, "lappi@example.fi", 0);
        kit.signInTwoRegionAdmin().start(); // admin in Keski-Uusimaa, only a professional in Lappi
        kit.load("lappi/admin/outbox"); // a fresh page in Lappi, as a typed address
        _assertNone(OutboxView.class);
        kit.load("keski-uusimaa/admin/outbox");
        assertEquals(List.of(), table().items(), "Keski-Uusimaa has no mail; Lappi's is not shown here");
        PortalUser aino = kit.session().user();
        assertThrows(SecurityException.class, () -> admin.list(aino, ShellTestKit.LAPPI, null));
        assertThrows(SecurityException.class, () -> admin.retryNow(aino, ShellTestKit.LAPPI, 1));
    }

    @Test
    void aPlatformAdminChoosesTheRegion() {
        outbox.add(ShellTestKit.LAPPI, "lappi@example.fi", 0);
        kit.signInPlatformAdmin().start();
        assertEquals(200, kit.open("admin/mail"));
        @SuppressWarnings("unchecked")
        Select<fi.kykyverkko.kernel.tenancy.Tenant> region = _get(Select.class, spec -> spec.withId("outbox-region"));
        region.setValue(region.getListDataView().getItems().filter(t -> t.tenantId().equals(ShellTestKit.LAPPI)).findFirst().orElseThrow());
        assertEquals(List.of("lappi@example.fi"), table().items().stream().map(OutgoingMail::recipient).toList());
    }
}
