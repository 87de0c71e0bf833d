package fi.kykyverkko.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import fi.kykyverkko.shell.ConsultationsModule.ConsultationReportsView;
import fi.kykyverkko.shell.ConsultationsModule.ConsultationsView;
import fi.kykyverkko.shell.ConsultationsModule.UndeclaredView;
import fi.kykyverkko.shell.admin.TenantAdminView;
import fi.kykyverkko.shell.admin.TenantsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The route guard: a view answers only when a module declares it, the module is on for the active region and
 * the person holds one of its roles there. Everything else is the same "not found" page, with the same status,
 * as an address that does not exist.
 */
class ViewGuardTest {

    private static final int OK = 200;
    private static final int NOT_FOUND = 404;

    private final ShellTestKit kit = new ShellTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void aMemberOpensAViewOfAModuleTheirRegionHasOn() {
        kit.signInProfessional().start();
        assertEquals(OK, kit.open("lappi/consultations"));
        NavigatorKt.expectView(ConsultationsView.class);
        _assertNone(H2.class, spec -> spec.withId("not-found"));
    }

    @Test
    void aModuleTheActiveRegionHasOffIsNotFound() {
        kit.signInTwoRegionAdmin().start(); // a professional in Lappi too, but working in Keski-Uusimaa
        assertEquals(NOT_FOUND, kit.open("keski-uusimaa/consultations"));
        expectNotFoundPage();
        _assertNone(ConsultationsView.class);

        kit.load("lappi/consultations");
        NavigatorKt.expectView(ConsultationsView.class);
    }

    @Test
    void theBareAddressOpensTheFrontPageOfTheRegionLastWorkedIn() {
        kit.signInTwoRegionAdmin().start();
        assertEquals("keski-uusimaa", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        kit.load("lappi");
        kit.load("");
        assertEquals("lappi", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        NavigatorKt.expectView(HomeView.class);
    }

    @Test
    void aLinkIntoAnotherOfThePersonsRegionsSwitchesToItAndSaysSo() {
        kit.signInTwoRegionAdmin().start();
        assertEquals("Keski-Uusimaa", _get(H1.class, spec -> spec.withId("region-name")).getText());
        kit.load("lappi/consultations");
        NavigatorKt.expectView(ConsultationsView.class);
        assertEquals(ShellTestKit.LAPPI, kit.session().activeTenant().orElseThrow());
        assertEquals("Lappi", _get(H1.class, spec -> spec.withId("region-name")).getText());
        NotificationsKt.expectNotifications("Olet nyt alueella Lappi.");
    }

    @Test
    void aRegionThePersonDoesNotBelongToIsNotFoundAndNothingSwitches() {
        kit.signInProfessional().start();
        assertEquals(NOT_FOUND, kit.open("keski-uusimaa/consultations"));
        expectNotFoundPage();
        assertEquals(NOT_FOUND, kit.open("no-such-region"));
        assertEquals(NOT_FOUND, kit.open("Lappi/consultations"));
        assertEquals(ShellTestKit.LAPPI, kit.session().activeTenant().orElseThrow());
        assertEquals("Lappi", _get(H1.class, spec -> spec.withId("region-name")).getText());
    }

    @Test
    void anotherRegionInsideAPageBuiltForOneIsLoadedAfresh() {
        kit.signInTwoRegionAdmin().start();
        kit.load("lappi/consultations");
        kit.open("keski-uusimaa"); // the back button, inside the same page: nothing of Keski-Uusimaa is built here
        _get(ConsultationsView.class);
        assertEquals("Lappi", _get(H1.class, spec -> spec.withId("region-name")).getText());
        assertEquals(ShellTestKit.LAPPI, kit.session().activeTenant().orElseThrow());

        kit.load("keski-uusimaa"); // what the browser does next
        assertEquals("Keski-Uusimaa", _get(H1.class, spec -> spec.withId("region-name")).getText());
        assertEquals(java.util.Optional.of(ShellTestKit.KESKI_UUSIMAA), fi.kykyverkko.shell.kit.Links.currentRegion());
    }

    @Test
    void linksInsideTheShellNameTheirRegion() {
        kit.signInTwoRegionAdmin().start();
        kit.load("lappi/consultations");
        assertEquals("lappi/consultations", fi.kykyverkko.shell.kit.Links.url(ConsultationsView.class));
        assertEquals("keski-uusimaa/consultations", fi.kykyverkko.shell.kit.Links.url(ConsultationsView.class, ShellTestKit.KESKI_UUSIMAA));
        assertEquals("admin/tenants", fi.kykyverkko.shell.kit.Links.url(TenantsView.class, ShellTestKit.LAPPI));
    }

    @Test
    void aViewNeedingARoleThePersonLacksIsNotFound() {
        kit.signInProfessional().start();
        assertEquals(NOT_FOUND, kit.open("lappi/consultations/reports"));
        expectNotFoundPage();
        _assertNone(ConsultationReportsView.class);
    }

    @Test
    void theRoleOpensIt() {
        kit.signInManager().start();
        assertEquals(OK, kit.open("lappi/consultations/reports"));
        NavigatorKt.expectView(ConsultationReportsView.class);
    }

    @Test
    void programmaticNavigationIsGuardedToo() {
        kit.signInProfessional().start();
        fi.kykyverkko.shell.kit.Links.navigate(ConsultationReportsView.class);
        expectNotFoundPage();
        UI.getCurrent().navigate("lappi/consultations");
        NavigatorKt.expectView(ConsultationsView.class);
    }

    @Test
    void aPlatformAdminReachesPlatformAdministration() {
        kit.signInPlatformAdmin().start();
        assertEquals(OK, kit.open("admin/tenants"));
        NavigatorKt.expectView(TenantsView.class);
        assertEquals("Alueet", _get(H2.class).getText());
    }

    @Test
    void aTenantAdminWhoIsNoPlatformAdminGetsNotFoundForPlatformAdministration() {
        kit.signInTwoRegionAdmin().start();
        assertEquals(NOT_FOUND, kit.open("admin/tenants"));
        expectNotFoundPage();
        _assertNone(TenantsView.class);
    }

    @Test
    void aTenantAdminReachesRegionAdministration() {
        kit.signInTwoRegionAdmin().start();
        assertEquals(OK, kit.open("keski-uusimaa/admin/region"));
        NavigatorKt.expectView(TenantAdminView.class);
    }

    @Test
    void aProfessionalGetsNotFoundForRegionAdministration() {
        kit.signInProfessional().start();
        assertEquals(NOT_FOUND, kit.open("lappi/admin/region"));
        expectNotFoundPage();
        _assertNone(TenantAdminView.class);
    }

    @Test
    void aPlatformAdminInNoRegionGetsNotFoundForRegionAdministration() {
        kit.signInPlatformAdmin().start();
        assertEquals(NOT_FOUND, kit.open("admin/region"));
        assertEquals(NOT_FOUND, kit.open("lappi/admin/region"));
        expectNotFoundPage();
    }

    @Test
    void aRouteNoModuleDeclaresIsNotFoundEvenForAPlatformAdmin() {
        kit.signInPlatformAdmin().start();
        assertEquals(NOT_FOUND, kit.open("lappi/undeclared"));
        expectNotFoundPage();
        _assertNone(UndeclaredView.class);
    }

    @Test
    void aMissingAddressGetsTheSamePageInsideTheShell() {
        kit.signInProfessional().start();
        assertEquals(NOT_FOUND, kit.open("no/such/page"));
        expectNotFoundPage();
        assertEquals("Lappi", _get(H1.class, spec -> spec.withId("region-name")).getText());
        assertEquals("lappi", _get(RouterLink.class, spec -> spec.withText("Etusivulle")).getHref());
        assertEquals("Sivua ei löydy – Kykyverkko", UI.getCurrent().getInternals().getTitle());
    }

    private static void expectNotFoundPage() {
        NavigatorKt.expectView(NotFoundView.class);
        assertEquals("Sivua ei löydy", _get(H2.class, spec -> spec.withId("not-found")).getText());
    }
}
