package fi.kykyverkko.networks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.shell.ShellTestKit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The events view as a network member meets it: one registration, seen at once, prefilled, cancellable. */
class EventsViewTest {

    private final NetworksInMemory network = new NetworksInMemory();
    private final ShellTestKit kit = network.kit();
    private final LocalDate today = PortalTime.today();
    private final NetworkEvent coming = NetworksInMemory.event("Kohtaamo: työnantajayhteistyö", today.plusDays(10).atTime(9, 0), true, 40, null);
    private final NetworkEvent past = NetworksInMemory.event("Kohtaamo: palkkatuki", today.minusDays(20).atTime(9, 0), false, null, 33);

    EventsViewTest() {
        network.events.all.addAll(List.of(coming, past));
        var ngo = NetworksInMemory.organisation("nuorten-ystavat", "Nuorten Ystävät ry");
        network.people.all.add(NetworksInMemory.person("p-nina", "Nina Verkostojäsen", "toiminnanjohtaja", ngo,
                "nina@demo.kykyverkko.invalid", "lappi.network-member"));
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    private void openAsMember() {
        kit.signIn("lappi.network-member", "Nina V.", List.of("/tenants/lappi/network-member"), List.of()).start();
        assertEquals(200, kit.open("lappi/networks/events"));
    }

    private static void openEvent(NetworkEvent event) {
        _click(_get(NativeButton.class, spec -> spec.withText(event.getTitle())));
    }

    @Test
    void theRegistrationFormComesFirstPrefilledFromThePersonsOwnRecord() {
        openAsMember();
        openEvent(coming);
        Dialog dialog = _get(Dialog.class);
        Component first = dialog.getChildren().findFirst().orElseThrow();
        assertEquals("own-registration", first.getId().orElse(null), "the person's own registration opens the dialog, above the details");
        assertEquals("Nina Verkostojäsen", _get(TextField.class, spec -> spec.withId("registration-name")).getValue());
        assertEquals("Nuorten Ystävät ry", _get(TextField.class, spec -> spec.withId("registration-organisation")).getValue());
        assertEquals("nina@demo.kykyverkko.invalid", _get(TextField.class, spec -> spec.withId("registration-email")).getValue());
    }

    @Test
    void aPersonRegistersOnceSeesThatTheyAreRegisteredAndCanCancel() {
        openAsMember();
        openEvent(coming);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("register")));
        NotificationsKt.expectNotifications("Ilmoittautuminen tallennettu.");
        assertTrue(_get(Paragraph.class, spec -> spec.withId("registration-status")).getText().startsWith("Olet ilmoittautunut tähän tapahtumaan"));
        _assertNone(Button.class, spec -> spec.withId("register"));
        assertEquals(1, network.events.registrations.size());
        assertEquals("lappi.network-member", network.events.registrations.get(0).getUsername());
        assertEquals("1 / 40 paikasta varattu.", _get(Paragraph.class, spec -> spec.withId("registrations-count")).getText());

        _click(_get(Button.class, spec -> spec.withId("cancel-registration")));
        assertTrue(network.events.registrations.isEmpty());
        _get(Button.class, spec -> spec.withId("register"));
    }

    @Test
    void aSecondAttemptIsRefusedWithAMessageNotSavedTwice() {
        openAsMember();
        // the same event open twice, as in two browser tabs
        openEvent(coming);
        _click(_find(NativeButton.class, spec -> spec.withText(coming.getTitle())).get(0));
        List<Button> registers = _find(Button.class, spec -> spec.withId("register"));
        assertEquals(2, registers.size());
        NotificationsKt.clearNotifications();
        _click(registers.get(0));
        _click(registers.get(1));
        NotificationsKt.expectNotifications("Ilmoittautuminen tallennettu.");
        assertEquals(1, network.events.registrations.size(), "one registration, not two");
        assertEquals("Olet jo ilmoittautunut tähän tapahtumaan.", _get(Paragraph.class, spec -> spec.withId("registration-notice")).getText());
    }

    @Test
    void aPastEventSaysWhichFigureIsRegistrationsAndWhichParticipants() {
        openAsMember();
        NativeTableRow row = rowOf("events-list", past.getTitle());
        List<String> cells = row.getChildren().map(c -> ((NativeTableCell) c).getElement().getTextRecursively()).toList();
        assertEquals("ei ilmoittautumista", cells.get(3));
        assertEquals("33 (kirjattu määrä)", cells.get(4));
        assertEquals("0 / 40", rowOf("events-list", coming.getTitle()).getChildren().map(c -> c.getElement().getTextRecursively()).toList().get(3));
        assertEquals("tulossa", rowOf("events-list", coming.getTitle()).getChildren().map(c -> c.getElement().getTextRecursively()).toList().get(4));
        List<String> headers = _get(Div.class, spec -> spec.withId("events-list")).getElement().getChild(1).getChild(0).getChild(0)
                .getChildren().map(e -> e.getTextRecursively()).toList();
        assertEquals(List.of("Tapahtuma", "Alkaa", "Laji", "Ilmoittautuneita", "Osallistujia"), headers);
    }

    @Test
    void theMonthlyChartCountsAnEventLaterThisMonth() {
        LocalDateTime lateToday = today.atTime(23, 30);
        Assumptions.assumeTrue(PortalTime.instant(lateToday).isAfter(Instant.now().plusSeconds(60)), "runs before 23.29 Helsinki time");
        network.events.all.add(NetworksInMemory.event("Webinaari: myöhään tänään", lateToday, false, null, null));
        openAsMember();
        String thisMonth = String.format("%d/%02d", YearMonth.from(today).getMonthValue(), today.getYear() % 100);
        NativeTableRow row = rowOfTable("events-per-month", thisMonth);
        List<String> figures = row.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
        long expected = network.events.all.stream().filter(e -> YearMonth.from(PortalTime.date(e.getStartsAt())).equals(YearMonth.from(today))).count();
        assertEquals(String.valueOf(expected), figures.get(1), "every event of this month, the one tonight too: " + figures);
        assertEquals(12, _get(NativeTable.class, spec -> spec.withId("events-per-month")).getElement().getChild(1).getChildCount(), "twelve months");
    }

    private static NativeTableRow rowOf(String listId, String text) {
        return _find(_get(Div.class, spec -> spec.withId(listId)), NativeTableRow.class).stream()
                .filter(r -> r.getElement().getTextRecursively().contains(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not in " + listId));
    }

    private static NativeTableRow rowOfTable(String tableId, String firstCell) {
        return _find(_get(NativeTable.class, spec -> spec.withId(tableId)), NativeTableRow.class).stream()
                .filter(r -> r.getElement().getChild(0).getTextRecursively().equals(firstCell)).findFirst()
                .orElseThrow(() -> new AssertionError(firstCell + " not in " + tableId));
    }
}
