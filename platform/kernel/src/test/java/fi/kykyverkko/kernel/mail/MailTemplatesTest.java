package fi.kykyverkko.kernel.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private static final List<String> SHIPPED = List.of("test", "survey-invitation", "survey-reminder");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MailTemplatesTest.class.getResourceAsStream("/" + MailTemplates.BUNDLE + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theInvitationIsRenderedInEachLanguageWithItsParameters() {
        Object[] params = {"Maija", "Työkykykysely 2026", "Lapin hyvinvointialue", "https://kykyverkko.fi/k/abc", "12.12.2026"};
        MailTemplates.Rendered fi = MailTemplates.render("survey-invitation", "fi", params);
        assertEquals("Kutsu kyselyyn: Työkykykysely 2026", fi.subject());
        assertTrue(fi.body().startsWith("Hei Maija,\n\nLapin hyvinvointialue pyytää sinua vastaamaan kyselyyn \"Työkykykysely 2026\""), fi.body());
        assertTrue(fi.body().contains("Vastaa tästä: https://kykyverkko.fi/k/abc"));
        assertTrue(fi.body().contains("12.12.2026 asti"));
        MailTemplates.Rendered sv = MailTemplates.render("survey-invitation", "sv", params);
        assertEquals("Inbjudan till enkät: Työkykykysely 2026", sv.subject());
        assertTrue(sv.body().startsWith("Hej Maija,"), sv.body());
        MailTemplates.Rendered en = MailTemplates.render("survey-invitation", "en", params);
        assertEquals("Invitation to a survey: Työkykykysely 2026", en.subject());
        assertTrue(en.body().contains("Answer here: https://kykyverkko.fi/k/abc"), en.body());
    }

    @Test
    void aModuleNamesItsOwnTemplatesAndTheKernelsStayUnqualified() {
        assertEquals("Moi Maija", MailTemplates.render("example.hello", "fi", "Maija").subject());
        assertEquals("Hej Maija", MailTemplates.render("example.hello", "sv", "Maija").subject());
        assertEquals("Moi Maija", MailTemplates.render("example.hello", "en", "Maija").subject(), "no English file: Finnish");
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("example.test", "fi", "x"));
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("nosuchmodule.hello", "fi", "x"));
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("a.b.c", "fi", "x"));
    }

    @Test
    void anApostropheIsWrittenTwiceInTheFileAndOnceInTheMail() {
        MailTemplates.Rendered en = MailTemplates.render("survey-reminder", "en", "Maija", "Survey", "Lapland", "https://x", "12.12.2026");
        assertTrue(en.body().contains("If you've already answered"), en.body());
        assertTrue(en.body().contains("you don't need to do anything"), en.body());
        assertFalse(en.body().contains("''"));
        // and the parameter after an apostrophe is still filled in (a single ' would have quoted it away)
        assertTrue(MailTemplates.render("test", "en", "Maija", "lappi").body().contains("Kykyverkko's region lappi"));
        // a parameter's own apostrophe is kept as it is
        assertTrue(MailTemplates.render("test", "en", "O'Brien", "lappi").body().startsWith("Hello O'Brien,"));
    }

    @Test
    void everyBundleHasTheSameKeysAndNoSingleApostropheThatWouldSwallowText() throws IOException {
        Properties fi = bundle("");
        for (String suffix : List.of("_sv", "_en")) {
            assertEquals(fi.stringPropertyNames(), bundle(suffix).stringPropertyNames(), "keys of mail" + suffix);
        }
        Pattern single = Pattern.compile("(?<!')'(?!')");
        for (String suffix : List.of("", "_sv", "_en")) {
            Properties p = bundle(suffix);
            for (String key : p.stringPropertyNames()) {
                assertFalse(single.matcher(p.getProperty(key)).find(), "mail" + suffix + " " + key + ": write an apostrophe as ''");
            }
        }
        for (String template : SHIPPED) {
            assertTrue(fi.containsKey("mail." + template + ".subject") && fi.containsKey("mail." + template + ".body"), template);
        }
    }

    @Test
    void anUnknownLanguageIsFinnishAndAnUnknownTemplateIsRefused() {
        assertEquals("Kykyverkon testiviesti", MailTemplates.render("test", "de", "Maija", "lappi").subject());
        assertEquals("Kykyverkon testiviesti", MailTemplates.render("test", null, "Maija", "lappi").subject());
        assertEquals("Testmeddelande från Kykyverkko", MailTemplates.render("test", "SV", "Maija", "lappi").subject());
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("no-such-template", "fi"));
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("../etc", "fi"));
    }
}
