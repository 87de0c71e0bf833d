package fi.kykyverkko.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shell around every view: region name, logo and colours, menu, region and language selectors, logout, idle warning. */
class MainLayoutTest {

    private final ShellTestKit kit = new ShellTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void showsTheActiveRegionWithItsLogoAndColours() {
        kit.signInProfessional().start();
        assertEquals("Lappi", regionName());
        Image logo = _get(Image.class, spec -> spec.withId("region-logo"));
        assertEquals(Optional.of("Lappi"), logo.getAlt());
        assertTrue(logo.getSrc().endsWith("logo.svg"), logo.getSrc());
        assertEquals(List.of(List.of("#b03a2e", "#8e2f25")), kit.javaScriptCalls("--lumo-primary-color"));
    }

    @Test
    void aRegionWithoutAThemeFolderGetsTheBaseColoursAndNoLogo() {
        kit.signInTwoRegionAdmin().start();
        assertEquals("Keski-Uusimaa", regionName());
        _assertNone(Image.class, spec -> spec.withId("region-logo"));
        assertEquals(List.of(List.of("#1f5f8b", "#17496b")), kit.javaScriptCalls("--lumo-primary-color"));
    }

    @Test
    void someoneInNoRegionSeesTheAppName() {
        kit.signInPlatformAdmin().start();
        assertEquals("Kykyverkko", regionName());
        assertEquals(List.of(), kit.javaScriptCalls("--lumo-primary-color"));
    }

    @Test
    void theMenuHoldsExactlyTheViewsTheRolesOpenInTheActiveRegion() {
        kit.signInProfessional().start();
        assertEquals(Map.of("Etusivu", "lappi", "Konsultaatioajat", "lappi/consultations"), menu());
    }

    @Test
    void aManagersMenuAddsTheManagersView() {
        kit.signInManager().start();
        assertEquals(Map.of("Etusivu", "lappi", "Konsultaatioajat", "lappi/consultations", "Konsultaatioraportit", "lappi/consultations/reports"),
                menu());
    }

    @Test
    void aTenantAdminsMenuHasRegionAdministrationButNotTheModuleTheRegionHasOff() {
        kit.signInTwoRegionAdmin().start();
        assertEquals(Map.of("Etusivu", "keski-uusimaa", "Alueen ylläpito", "keski-uusimaa/admin/region",
                "Lähtevä posti", "keski-uusimaa/admin/outbox"), menu());
    }

    @Test
    void aPlatformAdminsMenuHasPlatformAdministration() {
        kit.signInPlatformAdmin().start();
        assertEquals(Map.of("Etusivu", "", "Alueet", "admin/tenants", "Lähtevä posti", "admin/mail"), menu());
    }

    @Test
    void showsWhoIsSignedInAndALogoutThatLeavesTheRouter() {
        kit.signInProfessional().start();
        assertEquals("Pia Paananen", _get(Span.class, spec -> spec.withId("user-name")).getText());
        Anchor logout = _get(Anchor.class, spec -> spec.withId("logout"));
        assertEquals("Kirjaudu ulos", logout.getText());
        assertEquals("logout", logout.getHref());
        assertTrue(logout.isRouterIgnore(), "logout must be a full page load, not a route");
    }

    @Test
    void aPersonInOneRegionHasNoRegionSwitcher() {
        kit.signInProfessional().start();
        _assertNone(Div.class, spec -> spec.withId("tenant-switcher"));
    }

    @Test
    void switchingRegionChangesTheRegionTheMenuAndTheFrontPage() {
        kit.signInTwoRegionAdmin().start();
        Div regions = _get(Div.class, spec -> spec.withId("tenant-switcher"));
        assertEquals("Keski-Uusimaa", _get(regions, Span.class, spec -> spec.withText("Keski-Uusimaa")).getText());
        Anchor lappi = _get(regions, Anchor.class, spec -> spec.withId("region-link-lappi"));
        assertEquals("Lappi", lappi.getText());
        assertEquals("lappi", lappi.getHref());
        assertTrue(lappi.isRouterIgnore(), "a region switch is a fresh page");
        _assertNone(regions, Anchor.class, spec -> spec.withText("Keski-Uusimaa"));

        kit.load(lappi.getHref()); // what following the link does

        assertEquals(Optional.of(ShellTestKit.LAPPI), kit.session().activeTenant());
        assertEquals("Lappi", regionName());
        _get(Anchor.class, spec -> spec.withId("region-link-keski-uusimaa"));
        // in Lappi she is a professional: the region's module, no administration
        assertEquals(Map.of("Etusivu", "lappi", "Konsultaatioajat", "lappi/consultations"), menu());
        assertEquals("Työskentelet alueella Lappi. Roolisi: ammattilainen.", _get(Paragraph.class, spec -> spec.withId("where")).getText());
        _get(Image.class, spec -> spec.withId("region-logo"));
    }

    @Test
    void theLanguageSelectorOffersFinnishSwedishAndEnglish() {
        kit.signInProfessional().start();
        Select<Locale> language = languageSelector();
        assertEquals(PortalI18NProvider.FINNISH, language.getValue());
        assertEquals(List.of("suomi", "svenska", "English"),
                language.getListDataView().getItems().map(language.getItemLabelGenerator()).toList());
    }

    @Test
    void choosingSwedishTranslatesTheShellAndThePage() {
        kit.signInProfessional().start();
        _setValue(languageSelector(), PortalI18NProvider.SWEDISH);

        assertEquals(PortalI18NProvider.SWEDISH, kit.session().locale());
        assertEquals("Logga ut", _get(Anchor.class, spec -> spec.withId("logout")).getText());
        assertEquals("Välkommen, Pia Paananen", _get(H2.class, spec -> spec.withId("welcome")).getText());
        assertEquals("Lappland", regionName());
        assertEquals(Map.of("Startsida", "lappi", "Konsultationstider", "lappi/consultations"), menu());
        assertEquals(PortalI18NProvider.SWEDISH, languageSelector().getValue());
        // screen readers pick their voice by the document's language
        List<List<Object>> lang = kit.javaScriptCalls("documentElement.lang");
        assertEquals(List.of("sv"), lang.get(lang.size() - 1));
    }

    @Test
    void choosingEnglishTranslatesTheShell() {
        kit.signInProfessional().start();
        _setValue(languageSelector(), PortalI18NProvider.ENGLISH);

        assertEquals("Log out", _get(Anchor.class, spec -> spec.withId("logout")).getText());
        assertEquals("Welcome, Pia Paananen", _get(H2.class, spec -> spec.withId("welcome")).getText());
        assertEquals(Map.of("Home", "lappi", "Consultation hours", "lappi/consultations"), menu());
    }

    @Test
    void warnsTwoMinutesBeforeAnIdleSessionEnds() {
        kit.signInProfessional().start();
        assertEquals(List.of(), kit.javaScriptCalls("window.confirm"), "no timeout configured, no warning");

        VaadinSession.getCurrent().getSession().setMaxInactiveInterval(30 * 60);
        UI.getCurrent().getPage().reload();
        _get(H1.class, spec -> spec.withId("region-name"));

        List<List<Object>> warnings = kit.javaScriptCalls("window.confirm");
        assertEquals(1, warnings.size());
        assertEquals("Istuntosi päättyy pian, koska et ole käyttänyt portaalia hetkeen. Tallentamattomat tiedot katoavat, "
                + "jos istunto päättyy.\n\nJatka istuntoa?", warnings.get(0).get(0));
        assertEquals(28 * 60 * 1000, ((Number) warnings.get(0).get(1)).intValue());
    }

    @Test
    void noWarningWhenTheSessionIsTooShortToWarnAhead() {
        kit.signInProfessional().start();
        VaadinSession.getCurrent().getSession().setMaxInactiveInterval(180);
        UI.getCurrent().getPage().reload();
        _get(H1.class, spec -> spec.withId("region-name"));
        assertEquals(List.of(), kit.javaScriptCalls("window.confirm"));
    }

    private static String regionName() {
        return _get(H1.class, spec -> spec.withId("region-name")).getText();
    }

    /** Menu entries: label → path. */
    private static Map<String, String> menu() {
        SideNav menu = _get(SideNav.class, spec -> spec.withId("main-menu"));
        return menu.getItems().stream().collect(Collectors.toMap(SideNavItem::getLabel, item -> item.getPath() == null ? "" : item.getPath()));
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> languageSelector() {
        return _get(Select.class, spec -> spec.withId("language-switcher"));
    }
}
