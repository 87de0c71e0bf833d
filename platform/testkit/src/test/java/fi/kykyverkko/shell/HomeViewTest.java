package fi.kykyverkko.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import fi.kykyverkko.shell.admin.TenantsView;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The front page: who you are and where, what the region's modules do (only those that are on and that you see),
 * and the modules' cards in three sections — what waits, what is coming, what changed. A platform administrator
 * gets the platform's page instead of being told to ask for an invitation.
 */
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
        kit.signIn("olli", "Olli Outo", List.of(), List.of()).start();
        assertEquals("Et ole vielä minkään alueen jäsen. Pyydä alueen ylläpitäjää kutsumaan sinut.", where());
        _assertNone(Div.class, spec -> spec.withId("home-cards"));
        _assertNone(Section.class, spec -> spec.withId("home-platform"));
    }

    @Test
    void theIntroPromisesOnlyWhatTheRegionsModulesDo() {
        kit.signInProfessional().start(); // Lappi: the consultations module is on
        assertEquals(List.of("Kykyverkko on alueen työkyvyn tuen verkoston yhteinen työtila. Tällä sivulla näet, mikä odottaa sinua, "
                        + "mitä on tulossa ja mikä on muuttunut.",
                "Konsultaatioajat kokoaa nimettömät konsultaatiot, ja Konsultaatioraportit laskee ne."), about());
        String all = String.join(" ", about()).toLowerCase(Locale.ROOT);
        for (String promise : List.of("asiakaspolu", "asiakasraa", "kysely", "mittari", "palvelutarjotin")) {
            assertFalse(all.contains(promise), promise);
        }
    }

    @Test
    void aModuleTheRegionHasOffIsNotDescribed() {
        kit.signInTwoRegionAdmin().start(); // Keski-Uusimaa: consultations are off there
        assertEquals(1, about().size(), about().toString());
    }

    @Test
    void theMenuIsNotRepeatedOnTheFrontPage() {
        kit.signInManager().start();
        _assertNone(UnorderedList.class, spec -> spec.withId("what-you-can-do"));
        // the only links on the page are the cards' own: no list of the menu's views
        assertEquals(List.of("3 kysymystä odottaa vastaajaa"),
                _find(_get(Div.class, spec -> spec.withId("home-cards")), RouterLink.class).stream().map(RouterLink::getText).toList());
    }

    @Test
    void cardsStandInTheirSectionsWithWhatAsksForActionFirst() {
        kit.signInManager().start();
        assertEquals(List.of("Odottaa sinua", "Tulossa", "Muuttunut viime aikoina"),
                _find(_get(Div.class, spec -> spec.withId("home-cards")), H3.class).stream().map(H3::getText).toList());
        assertEquals(List.of("Konsultaatiot"), cardTitles("home-waits"));
        assertEquals(List.of("Seuraavat konsultaatioajat"), cardTitles("home-coming"));
        assertEquals(List.of(), cardTitles("home-changed"));
        assertEquals("Ei viimeaikaisia muutoksia.", _get(section("home-changed"), Paragraph.class).getText());
        Article waiting = _get(section("home-waits"), Article.class);
        assertEquals("Vaatii toimia", _get(waiting, Paragraph.class).getText(), "asking for action is said in words, not only by colour");
        Article coming = _get(section("home-coming"), Article.class);
        _assertNone(coming, Paragraph.class);
        assertEquals("Konsultaatioaika ti 15.12.2026", _get(coming, ListItem.class).getText());
    }

    @Test
    void aCardIsNamedByItsHeadingForScreenReaders() {
        kit.signInManager().start();
        Article card = _get(section("home-waits"), Article.class);
        H4 title = _get(card, H4.class);
        assertEquals(title.getId().orElseThrow(), card.getElement().getAttribute("aria-labelledby"));
        assertEquals("home-waits-title", section("home-waits").getElement().getAttribute("aria-labelledby"));
    }

    @Test
    void aModulesCardLinksToItsView() {
        kit.signInManager().start();
        RouterLink link = _get(section("home-waits"), RouterLink.class);
        assertEquals("3 kysymystä odottaa vastaajaa", link.getText());
        assertEquals("lappi/consultations", link.getHref(), "the link names its region");
    }

    @Test
    void withoutCardsEachSectionSaysSo() {
        kit.signInProfessional().start();
        assertEquals(List.of(), _find(_get(Div.class, spec -> spec.withId("home-cards")), Article.class));
        assertEquals("Ei avoimia tehtäviä.", _get(section("home-waits"), Paragraph.class).getText());
        assertEquals("Ei tulevia kokouksia tai tapahtumia.", _get(section("home-coming"), Paragraph.class).getText());
    }

    @Test
    void thePlatformAdministratorGetsThePlatformsPage() {
        kit.signInPlatformAdmin().start();
        assertEquals("Olet alustan ylläpitäjä: luot alueet ja päätät niiden lisäosista.", where());
        Section platform = section("home-platform");
        assertEquals("Alustan ylläpito", _get(platform, H3.class).getText());
        assertEquals("Portaalissa on 2 aluetta.", _find(platform, Paragraph.class).get(0).getText());
        assertEquals(List.of("Keski-Uusimaa – 3 kuntaa", "Lappi – 2 kuntaa; lisäosat: Konsultaatioajat"),
                _find(_get(platform, UnorderedList.class), ListItem.class).stream().map(ListItem::getText).toList());
        _assertNone(Div.class, spec -> spec.withId("home-cards"));
    }

    @Test
    void thePlatformPageLeadsToCreatingARegion() {
        kit.signInPlatformAdmin().start();
        RouterLink manage = _get(RouterLink.class, spec -> spec.withId("home-manage-regions"));
        assertEquals("Alueet: luo alue tai muuta alueen lisäosia", manage.getText());
        RouterLinkKt._click(manage);
        _get(TenantsView.class);
    }

    @Test
    void theFrontPageSpeaksSwedishToo() {
        kit.signInManager().start();
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-switcher"));
        _setValue(language, PortalI18NProvider.SWEDISH);
        assertEquals(List.of("Väntar på dig", "På gång", "Ändrat på sistone"),
                _find(_get(Div.class, spec -> spec.withId("home-cards")), H3.class).stream().map(H3::getText).toList());
        assertTrue(about().get(1).startsWith("Konsultationstider samlar"), about().toString());
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

    private static List<String> about() {
        return _find(_get(Div.class, spec -> spec.withId("home-about")), Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static Section section(String id) {
        return _get(Section.class, spec -> spec.withId(id));
    }

    private static List<String> cardTitles(String sectionId) {
        return _find(section(sectionId), H4.class).stream().map(H4::getText).toList();
    }
}
