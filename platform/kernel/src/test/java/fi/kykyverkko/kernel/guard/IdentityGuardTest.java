package fi.kykyverkko.kernel.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The identity guard against its corpus ({@code guard/must-flag.txt}: each line's kind and the exact part it must
 * mark; {@code guard/must-pass.txt}: dates, ages, sums, case numbers and ordinary text that must pass untouched), and
 * the rules behind it: every century sign, the register's names region by region, no text in a finding.
 */
class IdentityGuardTest {

    static final TenantId LAPPI = TenantId.of("lappi");
    static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");

    /** A register for Lapland; Kymenlaakso's has one other name, every other region none. */
    static final KnownNames REGISTER = new KnownNames() {
        @Override
        public Set<String> surnames(TenantId tenant) {
            return tenant.equals(LAPPI) ? LAPPI_SURNAMES : tenant.equals(KYMENLAAKSO) ? Set.of("Pelkonen") : Set.of();
        }

        @Override
        public Set<String> givenNames(TenantId tenant) {
            return tenant.equals(LAPPI) ? LAPPI_GIVEN : tenant.equals(KYMENLAAKSO) ? Set.of("Kaisa") : Set.of();
        }
    };
    static final Set<String> LAPPI_SURNAMES = Set.of("Virtanen", "Korhonen", "Laine", "Mäki", "Nieminen", "Lindqvist", "Rinne",
            "Koskinen", "Virtanen-Korhonen");
    static final Set<String> LAPPI_GIVEN = Set.of("Matti", "Aino", "Jukka", "Helmi", "Ahmed", "Tuomas", "Outi", "Sanna");

    private final IdentityGuard guard = new IdentityGuard(List.of(REGISTER));

    record Line(int number, String kind, String text, List<int[]> marked) {
        @Override
        public String toString() {
            return "line " + number + ": " + text;
        }
    }

    static Stream<Arguments> mustFlag() throws IOException {
        return lines("guard/must-flag.txt").stream().map(Arguments::of);
    }

    static Stream<Arguments> mustPass() throws IOException {
        return lines("guard/must-pass.txt").stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustFlag")
    void flagsExactlyTheMarkedParts(Line line) {
        List<Finding> findings = guard.check(LAPPI, line.text());
        List<String> expected = line.marked().stream().map(m -> line.kind() + "@" + m[0] + "-" + m[1]).toList();
        List<String> found = findings.stream().map(f -> f.kind().code() + "@" + f.start() + "-" + f.end()).toList();
        assertEquals(expected, found, () -> line + "\n  expected " + shown(line.text(), expected) + "\n  found    " + shown(line.text(), found));
        for (Finding f : findings) {
            assertEquals("guard." + line.kind(), f.key());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustPass")
    void passesOrdinaryText(Line line) {
        List<Finding> findings = guard.check(LAPPI, line.text());
        assertEquals(List.of(), findings.stream().map(f -> f.kind().code() + "@" + f.start() + "-" + f.end()).toList(),
                () -> line + " → " + shown(line.text(), findings.stream().map(f -> f.kind().code() + "@" + f.start() + "-" + f.end()).toList()));
    }

    @Test
    void theCorpusIsLargeAndCoversEveryKind() throws IOException {
        List<Line> flagged = lines("guard/must-flag.txt");
        assertTrue(flagged.size() >= 40, "at least 40 texts to flag: " + flagged.size());
        assertTrue(lines("guard/must-pass.txt").size() >= 20);
        for (Finding.Kind kind : Finding.Kind.values()) {
            assertTrue(flagged.stream().filter(l -> l.kind().equals(kind.code())).count() >= 4, "too few lines of " + kind);
        }
    }

    @Test
    void everyCenturySignTheKernelKnowsIsFlaggedInUpperAndLowerCase() {
        String checks = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        int signs = 0;
        for (char sign : "+-YXWVUABCDEF".toCharArray()) {
            String digits = "150390" + "917";
            String code = "150390" + sign + "917" + checks.charAt((int) (Long.parseLong(digits) % 31));
            IdentityCode.parse(code); // valid: the kernel's own rule says so
            for (String written : List.of(code, code.toLowerCase(), code.substring(0, 6) + " " + code.substring(6))) {
                List<Finding> findings = guard.check(LAPPI, "Tunnus: " + written + ", kiitos.");
                assertEquals(1, findings.size(), written);
                assertEquals(Finding.Kind.IDENTITY_CODE, findings.get(0).kind());
                assertEquals("Tunnus: ".length(), findings.get(0).start());
                assertEquals("Tunnus: ".length() + written.length(), findings.get(0).end());
            }
            signs++;
        }
        assertEquals(13, signs);
        // a sign the kernel does not know, or six digits that are no day and month: no code
        assertEquals(List.of(), guard.check(LAPPI, "Koodi 150390G917T ja 351390-917T."));
    }

    /**
     * Texts as long as the longest field the guard checks (4000 characters), made to make a regular expression work
     * hard: each is checked without an error (an unbounded repeated group in the e-mail pattern threw
     * StackOverflowError on "x@y.y.y…" of 2000 characters), and an address beside them is still found.
     */
    @Test
    void longCraftedTextsAreCheckedWithoutErrorAndAnAddressBesideThemIsStillFound() {
        List<String> crafted = List.of("x@" + "y.".repeat(1999), "a.".repeat(1000) + "@" + "b-".repeat(999), "aa-".repeat(1333) + "katu",
                "Mannerheimintie ".repeat(250), "010101".repeat(666), "+358 ".repeat(800), "(at) [dot] ".repeat(360));
        for (String text : crafted) {
            assertEquals(4000, text.length(), 4000 - text.length() + 60, "the test text's length");
            guard.check(LAPPI, text);
            List<Finding> found = guard.check(LAPPI, text.substring(0, 3900) + " aino.asiakas@example.fi");
            assertTrue(found.stream().anyMatch(f -> f.key().equals("guard.email")), "the address after " + text.substring(0, 20) + "…: " + found);
        }
    }

    @Test
    void namesAreTheRegionsOwn() {
        String text = "Tapasin Matti Virtasen ja Kaisa Pelkosen.";
        List<Finding> lapland = guard.check(LAPPI, text);
        assertEquals(List.of("Matti Virtasen"), covered(text, lapland));
        List<Finding> kymenlaakso = guard.check(KYMENLAAKSO, text);
        assertEquals(List.of("Kaisa Pelkosen"), covered(text, kymenlaakso));
        assertEquals(List.of(), guard.check(TenantId.of("etela-savo"), "Soitin Virtaselle ja Pelkoselle."));
        assertEquals(List.of("Virtaselle"), covered("Soitin Virtaselle.", guard.check("lappi", "Soitin Virtaselle.")), "the String form");
    }

    @Test
    void aGivenNameAloneAndALowerCaseSurnameAloneAreNoFindings() {
        assertEquals(List.of(), guard.check(LAPPI, "Matti soitti eilen, ja aino asia oli virtasen lasku."));
        assertEquals(List.of("matti virtasen"), covered("Kysy matti virtasen asiasta.", guard.check(LAPPI, "Kysy matti virtasen asiasta.")));
        // a double surname counts by its parts, and an everyday surname at a sentence's start is a word
        assertEquals(List.of("Korhoselle"), covered("Mäki on jyrkkä. Soita Korhoselle.", guard.check(LAPPI, "Mäki on jyrkkä. Soita Korhoselle.")));
    }

    @Test
    void findingsDoNotOverlapAndCarryNoText() {
        String text = "Matti Virtanen, matti.virtanen@example.fi, 040 123 4567, Kauppakatu 3 A 1, 131052-308T";
        List<Finding> findings = guard.check(LAPPI, text);
        assertEquals(List.of("name", "email", "phone", "address", "identity-code"), findings.stream().map(f -> f.kind().code()).toList());
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(findings.get(i).start() >= findings.get(i - 1).end());
        }
        String shown = findings.toString();
        for (String secret : List.of("Virtanen", "example", "4567", "Kauppakatu", "308T")) {
            assertFalse(shown.contains(secret), shown);
        }
        assertThrows(IllegalArgumentException.class, () -> new Finding(Finding.Kind.NAME, 3, 3, "guard.name"));
    }

    @Test
    void disguisedAddressesInSquareBracketsToo() {
        String text = "Kirjoita matti[at]example.fi tai aino [ at ] posti.example.fi.";
        assertEquals(List.of("matti[at]example.fi", "aino [ at ] posti.example.fi"), covered(text, guard.check(LAPPI, text)));
    }

    @Test
    void offsetsCountUtf16CharsAsBrowsersDo() {
        String text = "🙂🙂 Soita 040 123 4567.";
        Finding phone = guard.check(LAPPI, text).get(0);
        assertEquals("040 123 4567", text.substring(phone.start(), phone.end()));
    }

    @Test
    void emptyAndNullTextHaveNoFindingsAndNoRegisterIsNeeded() {
        assertEquals(List.of(), guard.check(LAPPI, ""));
        assertEquals(List.of(), guard.check(LAPPI, null));
        IdentityGuard noRegister = new IdentityGuard(List.of());
        assertEquals(List.of("phone"), noRegister.check(LAPPI, "Matti Virtanen 040 123 4567").stream().map(f -> f.kind().code()).toList());
    }

    @Test
    void theIndexIsRebuiltOnlyWhenTheProviderHandsOutNewSets() {
        AtomicInteger asked = new AtomicInteger();
        Map<Integer, Set<String>> generation = new HashMap<>(Map.of(0, Set.of("Virtanen")));
        KnownNames changing = new KnownNames() {
            @Override
            public Set<String> surnames(TenantId tenant) {
                asked.incrementAndGet();
                return generation.get(0);
            }

            @Override
            public Set<String> givenNames(TenantId tenant) {
                return Set.of();
            }
        };
        IdentityGuard g = new IdentityGuard(List.of(changing));
        assertEquals(1, g.check(LAPPI, "Soitin Virtaselle.").size());
        assertEquals(0, g.check(LAPPI, "Soitin Korhoselle.").size());
        generation.put(0, Set.of("Korhonen"));
        assertEquals(1, g.check(LAPPI, "Soitin Korhoselle.").size(), "the new register");
        assertEquals(0, g.check(LAPPI, "Soitin Virtaselle.").size());
        assertEquals(4, asked.get(), "the provider is asked on every check (it caches, not the guard)");
    }

    /** Why VALID and not POSSIBLE: the looser leniency takes dates, times and case numbers for phone numbers. */
    @Test
    void possibleLeniencyWouldTakeDatesAndCaseNumbersForPhones() {
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        for (String text : List.of("12.3.2025", "2025-03-12", "klo 14.00–15.00", "Dnro 123/2025", "asia 2025-1234", "KELA 12345678")) {
            assertTrue(numbers.findNumbers(text, "FI", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE).iterator().hasNext(), text);
            assertFalse(numbers.findNumbers(text, "FI", PhoneNumbers.LENIENCY, Long.MAX_VALUE).iterator().hasNext(), text);
        }
        assertSame(PhoneNumberUtil.Leniency.VALID, PhoneNumbers.LENIENCY);
    }

    @Test
    void nameFormsFollowFinnishInflection() {
        assertTrue(NameForms.stems("virtanen").containsAll(List.of("virtanen", "virtase", "virtas")));
        assertTrue(NameForms.stems("matti").contains("mati"));
        assertTrue(NameForms.stems("mäki").contains("mäe"));
        assertTrue(NameForms.stems("lahti").contains("lahde"));
        assertTrue(NameForms.stems("rinne").contains("rintee"));
        assertTrue(NameForms.stems("tuomas").contains("tuomakse"));
        assertTrue(NameForms.stems("ahmed").contains("ahmedi"));
        assertFalse(NameForms.stems("matti").contains("mat"), "a t of a pair does not grade on its own");
        assertNotSame(NameForms.stems("aino"), NameForms.stems("aino"));
    }

    private static List<String> covered(String text, List<Finding> findings) {
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    private static String shown(String text, List<String> spans) {
        return spans.stream().map(s -> {
            String[] at = s.split("@")[1].split("-");
            return s.split("@")[0] + "[" + text.substring(Integer.parseInt(at[0]), Integer.parseInt(at[1])) + "]";
        }).collect(Collectors.joining(", "));
    }

    /** The corpus lines: {@code kind: text with [marked] parts} (must-flag) or the bare text (must-pass). */
    static List<Line> lines(String resource) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(IdentityGuardTest.class.getClassLoader().getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            String raw;
            int number = 0;
            while ((raw = in.readLine()) != null) {
                number++;
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                String kind = null;
                String body = raw;
                int colon = raw.indexOf(": ");
                if (resource.contains("flag")) {
                    kind = raw.substring(0, colon);
                    body = raw.substring(colon + 2);
                }
                StringBuilder text = new StringBuilder();
                List<int[]> marked = new ArrayList<>();
                int open = -1;
                for (char c : body.toCharArray()) {
                    if (kind != null && c == '[') {
                        open = text.length();
                    } else if (kind != null && c == ']') {
                        marked.add(new int[] {open, text.length()});
                    } else {
                        text.append(c);
                    }
                }
                if (kind != null && marked.isEmpty()) {
                    throw new IllegalStateException(resource + " line " + number + " marks nothing");
                }
                lines.add(new Line(number, kind, text.toString(), marked));
            }
        }
        return lines;
    }

}
