package fi.kykyverkko.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The front page: who you are, where, and exactly the views your roles open in the active region. */
class HomeViewTest {

    private final ShellTestKit kit = new ShellTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void welcomesThePersonByTheirDisplayName() {
        kit.signInProfessional().start();
        assertEquals("Tervetuloa, Pia Paananen", _get(H2.class, spec -> spec.withId("welcome")).getText());
        assertEquals("Etusivu – Kykyverkko", UI.getCurrent().getInternals().getTitle());
    }

    @Test
    void namesTheActiveRegionAndTheRolesThere() {
        kit.signInProfessional().start();
        assertEquals("Työskentelet alueella Lappi. Roolisi: ammattilainen.", where());
    }

    @Test
    void someoneInNoRegionIsToldWhatToDo() {
        kit.signInPlatformAdmin().start();
        assertEquals("Et ole vielä minkään alueen jäsen. Pyydä alueen ylläpitäjää kutsumaan sinut.", where());
    }

    @Test
    void aProfessionalSeesTheRegionsModuleButNoManagerOrAdministrationViews() {
        kit.signInProfessional().start();
        assertEquals(List.of("Konsultaatioajat"), whatYouCanDo());
    }

    @Test
    void aManagerAlsoSeesTheManagersView() {
        kit.signInManager().start();
        assertEquals(List.of("Konsultaatioajat", "Konsultaatioraportit"), whatYouCanDo());
    }

    @Test
    void aTenantAdminSeesRegionAdministrationButNotModulesTheRegionHasOff() {
        kit.signInTwoRegionAdmin().start(); // active region Keski-Uusimaa: consultations are off there
        assertEquals("Työskentelet alueella Keski-Uusimaa. Roolisi: alueen ylläpitäjä.", where());
        assertEquals(List.of("Alueen ylläpito"), whatYouCanDo());
    }

    @Test
    void aPlatformAdminSeesPlatformAdministration() {
        kit.signInPlatformAdmin().start();
        assertEquals(List.of("Alueet"), whatYouCanDo());
    }

    @Test
    void aLinkOpensItsView() {
        kit.signInProfessional().start();
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Konsultaatioajat")));
        _get(ConsultationsModule.ConsultationsView.class);
    }

    @Test
    void aModulesCardShowsWhatWaitsWithALinkToItsView() {
        kit.signInManager().start();
        Div cards = _get(Div.class, spec -> spec.withId("home-cards"));
        assertEquals("Konsultaatiot", _get(cards, H4.class).getText());
        RouterLink link = _get(cards, RouterLink.class);
        assertEquals("3 kysymystä odottaa vastaajaa", link.getText());
        assertEquals("lappi/consultations", link.getHref());
    }

    @Test
    void withoutCardsTheFrontPageSaysNothingWaits() {
        kit.signInProfessional().start();
        Div cards = _get(Div.class, spec -> spec.withId("home-cards"));
        assertEquals(List.of(), _find(cards, H4.class));
        assertEquals("Ei avoimia tehtäviä.", _get(cards, Paragraph.class).getText());
    }

    @Test
    void tellsWhileThePortalIsStillStarting() {
        kit.startup.ready = false;
        kit.startup.detail = "waiting for MariaDB";
        kit.signInProfessional().start();
        Paragraph status = _get(Paragraph.class, spec -> spec.withAttribute("role", "status"));
        assertEquals("Portaali käynnistyy: waiting for MariaDB", status.getText());
    }

    private static String where() {
        return _get(Paragraph.class, spec -> spec.withId("where")).getText();
    }

    private static List<String> whatYouCanDo() {
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("what-you-can-do"));
        return _find(list, RouterLink.class).stream().map(RouterLink::getText).toList();
    }
}
