package fi.kykyverkko.surveys.library.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.ShellTestKit;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.surveys.SurveysModule;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.library.LibraryJson;
import fi.kykyverkko.surveys.library.LibraryRoles;
import fi.kykyverkko.surveys.library.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The library's list, preview, comparison and editor on an in-memory library whose rules are the real ones. */
public class LibraryViewsTest {

    /** The library in memory: versions per code, the real role check and the real version rule. */
    static final class LibraryInMemory extends InstrumentLibrary {
        final List<InstrumentVersion> rows = new ArrayList<>();
        long nextId = 1;

        InstrumentVersion add(String json, boolean frozen) {
            InstrumentDefinition d = LibraryJson.parseOrRefuse(json);
            InstrumentVersion v = new InstrumentVersion(d, json, Origin.TEMPLATE, "system", Instant.parse("2026-11-01T10:00:00Z"));
            ShellTestKit.inject(v, "id", nextId++);
            v.touch("system", Instant.parse("2026-11-01T10:00:00Z"));
            if (frozen) {
                v.freeze();
            }
            rows.add(v);
            return v;
        }

        @Override
        public List<InstrumentVersion> list(TenantId tenant, PortalUser reader) {
            LibraryRoles.requireReader(reader, tenant);
            Map<String, InstrumentVersion> latest = new LinkedHashMap<>();
            rows.stream().sorted(Comparator.comparing(InstrumentVersion::getCode).thenComparing(v -> -v.getNumber()))
                    .forEach(v -> latest.putIfAbsent(v.getCode(), v));
            return List.copyOf(latest.values());
        }

        @Override
        public Map<String, Long> versionCounts(TenantId tenant, PortalUser reader) {
            Map<String, Long> counts = new LinkedHashMap<>();
            rows.forEach(v -> counts.merge(v.getCode(), 1L, Long::sum));
            return counts;
        }

        @Override
        public List<InstrumentVersion> versions(TenantId tenant, PortalUser reader, String code) {
            LibraryRoles.requireReader(reader, tenant);
            return rows.stream().filter(v -> v.getCode().equals(code)).sorted(Comparator.comparing(v -> -v.getNumber())).toList();
        }

        @Override
        public Optional<InstrumentVersion> latest(TenantId tenant, PortalUser reader, String code) {
            return versions(tenant, reader, code).stream().findFirst();
        }

        @Override
        public InstrumentVersion save(TenantId tenant, PortalUser editor, String json) {
            LibraryRoles.requireEditor(editor, tenant);
            String code = LibraryJson.parseOrRefuse(LibraryJson.withVersion(json, 1)).code();
            Optional<InstrumentVersion> latest = latest(tenant, editor, code);
            int number = LibraryJson.targetVersion(latest.map(InstrumentVersion::getNumber).orElse(null),
                    latest.map(InstrumentVersion::isFrozen).orElse(false));
            String stored = LibraryJson.withVersion(json, number);
            if (latest.isPresent() && latest.get().getNumber() == number) {
                latest.get().replace(LibraryJson.parseOrRefuse(stored), stored, Origin.REGION);
                return latest.get();
            }
            return add(stored, false);
        }
    }

    private final LibraryInMemory library = new LibraryInMemory();
    private final ShellTestKit kit = new ShellTestKit(new SurveysModule()).bean(InstrumentLibrary.class, library);

    @AfterEach
    void close() {
        kit.close();
    }

    public static String who5() {
        try (InputStream in = LibraryViewsTest.class.getClassLoader().getResourceAsStream("instruments/who-5.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(String role) {
        kit.signIn("maija", "Maija Mittari", List.of("/tenants/lappi/" + role), List.of()).start();
    }

    @SuppressWarnings("unchecked")
    private static <T> StackedTable<T> table(String id) {
        return (StackedTable<T>) _get(StackedTable.class, spec -> spec.withId(id));
    }

    private static List<String> texts(String listId) {
        return _get(UnorderedList.class, spec -> spec.withId(listId)).getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
    }

    @Test
    void theListShowsTheLatestVersionWithItsOriginFrozenAndVersionCount() {
        library.add(who5(), true);
        library.add(LibraryJson.withVersion(who5(), 2), false);
        signIn("network-member");
        assertEquals(200, kit.open("lappi/surveys/library"));
        List<InstrumentVersion> rows = LibraryViewsTest.<InstrumentVersion>table("library-list").items();
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).getNumber());
    }

    @Test
    void thePreviewSaysTheScoresAndBandsInWordsAndAReaderGetsNoEditor() {
        library.add(who5(), false);
        signIn("network-member");
        assertEquals(200, kit.open("lappi/surveys/library/instrument/who-5"));
        List<String> scores = texts("library-preview-scores");
        assertEquals(2, scores.size(), scores.toString());
        assertTrue(scores.get(1).startsWith("wellbeing: kohtien cheerful, calm, active, rested, interest summa"), scores.get(1));
        assertTrue(scores.get(1).contains("kerrotaan luvulla 4"), scores.get(1));
        assertTrue(scores.get(1).contains("enintään 28 depression-risk"), scores.get(1));
        assertTrue(_find(TextArea.class, spec -> spec.withId("library-editor-json")).isEmpty(), "a network member only reads");
    }

    @Test
    void theEditorShowsEveryProblemAtItsPathAndSavingAFrozenVersionMakesTheNextOne() {
        library.add(who5(), true);
        signIn("professional");
        assertEquals(200, kit.open("lappi/surveys/library/instrument/who-5"));
        TextArea json = _get(TextArea.class, spec -> spec.withId("library-editor-json"));
        json.setValue(who5().replace("\"sv\": \"Under de senaste två veckorna\"", "\"sw\": \"x\"").replace("\"WHO5_0_5\"", "\"WHO5\""));
        _click(_get(Button.class, spec -> spec.withId("library-editor-validate")));
        List<String> problems = texts("library-editor-problems");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("items[")), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains("instrument.")), "in words, not keys: " + problems);

        json.setValue(who5().replace("\"WHO-5-hyvinvointi-indeksi\"", "\"WHO-5 (muutettu)\""));
        _click(_get(Button.class, spec -> spec.withId("library-editor-save")));
        assertEquals(2, library.versions(ShellTestKit.LAPPI, kit.session().user(), "who-5").size());
        assertEquals("Tallennettiin versiona 2, koska versioon 1 on jo vastattu ja se on lukittu.",
                _get(Paragraph.class, spec -> spec.withId("library-saved")).getText());
        List<String> changed = texts("library-compare-result");
        assertEquals(List.of("Nimi muuttui"), changed);
    }

    @Test
    void savingAnUnansweredVersionCorrectsItInPlaceAndACopyStartsANewInstrument() {
        library.add(who5(), false);
        signIn("tenant-admin");
        assertEquals(200, kit.open("lappi/surveys/library/instrument/who-5"));
        TextArea json = _get(TextArea.class, spec -> spec.withId("library-editor-json"));
        json.setValue(who5().replace("\"WHO-5-hyvinvointi-indeksi\"", "\"WHO-5 (korjattu)\""));
        _click(_get(Button.class, spec -> spec.withId("library-editor-save")));
        assertEquals(1, library.rows.size(), "corrected in place");
        assertEquals("WHO-5 (korjattu)", library.rows.get(0).getNameFi());
        assertEquals("Versio 1 korjattiin: siihen ei ollut vastauksia.",
                _get(Paragraph.class, spec -> spec.withId("library-saved")).getText());

        _get(TextField.class, spec -> spec.withId("library-copy-code")).setValue("who-5-nuoret");
        _click(_get(Button.class, spec -> spec.withId("library-copy-start")));
        _click(_get(Button.class, spec -> spec.withId("library-copy-save")));
        InstrumentVersion copy = library.latest(ShellTestKit.LAPPI, kit.session().user(), "who-5-nuoret").orElseThrow();
        assertEquals(1, copy.getNumber());
        assertEquals("WHO-5 (korjattu) (kopio)", copy.getNameFi());
    }

}
