package fi.kykyverkko.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
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
        assertEquals(OK, kit.open("consultations"));
        NavigatorKt.expectView(ConsultationsView.class);
        _assertNone(H2.class, spec -> spec.withId("not-found"));
    }

    @Test
    void aModuleTheActiveRegionHasOffIsNotFound() {
        kit.signInTwoRegionAdmin().start(); // a professional in Lappi too, but working in Keski-Uusimaa
        assertEquals(NOT_FOUND, kit.open("consultations"));
        expectNotFoundPage();
        _assertNone(ConsultationsView.class);

        kit.session().switchTo(ShellTestKit.LAPPI);
        assertEquals(OK, kit.open("consultations"));
        NavigatorKt.expectView(ConsultationsView.class);
    }

    @Test
    void aViewNeedingARoleThePersonLacksIsNotFound() {
        kit.signInProfessional().start();
        assertEquals(NOT_FOUND, kit.open("consultations/reports"));
        expectNotFoundPage();
        _assertNone(ConsultationReportsView.class);
    }

    @Test
    void theRoleOpensIt() {
        kit.signInManager().start();
        assertEquals(OK, kit.open("consultations/reports"));
        NavigatorKt.expectView(ConsultationReportsView.class);
    }

    @Test
    void programmaticNavigationIsGuardedToo() {
        kit.signInProfessional().start();
        UI.getCurrent().navigate(ConsultationReportsView.class);
        expectNotFoundPage();
        UI.getCurrent().navigate("consultations");
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
        assertEquals(OK, kit.open("admin/region"));
        NavigatorKt.expectView(TenantAdminView.class);
    }

    @Test
    void aProfessionalGetsNotFoundForRegionAdministration() {
        kit.signInProfessional().start();
        assertEquals(NOT_FOUND, kit.open("admin/region"));
        expectNotFoundPage();
        _assertNone(TenantAdminView.class);
    }

    @Test
    void aPlatformAdminInNoRegionGetsNotFoundForRegionAdministration() {
        kit.signInPlatformAdmin().start();
        assertEquals(NOT_FOUND, kit.open("admin/region"));
        expectNotFoundPage();
    }

    @Test
    void aRouteNoModuleDeclaresIsNotFoundEvenForAPlatformAdmin() {
        kit.signInPlatformAdmin().start();
        assertEquals(NOT_FOUND, kit.open("undeclared"));
        expectNotFoundPage();
        _assertNone(UndeclaredView.class);
    }

    @Test
    void aMissingAddressGetsTheSamePageInsideTheShell() {
        kit.signInProfessional().start();
        assertEquals(NOT_FOUND, kit.open("no/such/page"));
        expectNotFoundPage();
        assertEquals("Lappi", _get(H1.class, spec -> spec.withId("region-name")).getText());
        assertEquals("", _get(RouterLink.class, spec -> spec.withText("Etusivulle")).getHref());
        assertEquals("Sivua ei löydy – Kykyverkko", UI.getCurrent().getInternals().getTitle());
    }

    private static void expectNotFoundPage() {
        NavigatorKt.expectView(NotFoundView.class);
        assertEquals("Sivua ei löydy", _get(H2.class, spec -> spec.withId("not-found")).getText());
    }
}
