package fi.kykyverkko.kernel.guard;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A heuristic of Finnish inflection for names, enough to recognise a register name in running text without a
 * dictionary: a word is a form of a name when it is one of the name's <em>stems</em> followed by one of the case
 * endings of {@link #ENDINGS} and at most one clitic ({@code -kin, -kaan, -han, -ko} ...).
 *
 * <p>The stems of a name (lower case):
 * <ul>
 * <li>the name itself ({@code matti}: Mattia, Mattiin, Mattikin; {@code laine}: Lainetta);</li>
 * <li>{@code -nen} → {@code -se-} and {@code -s-} ({@code virtanen}: Virtasen, Virtaselle, Virtasta, Virtasten);</li>
 * <li>the weak grade of the last consonant(s) ({@code kk→k, pp→p, tt→t, nk→ng, nt→nn, mp→mm, lt→ll, rt→rr, ht→hd,
 * k→–, t→d, p→v}: Matin, Jukan, Mäen, Lahden);</li>
 * <li>a final {@code -i} → {@code -e-} (Niemen, Järvelle), a final {@code -e} → {@code -ee-} (Laineen) and, for a name
 * in the weak grade, its strong grade ({@code rinne}: Rinteen);</li>
 * <li>{@code -s} → {@code -kse-} (Tuomaksen, Markukselle) and a consonant ending + {@code -i-} (Ahmedin, Lindqvistille).</li>
 * </ul>
 * It over-generates (some stems are no words at all), which only matters where a stem is also another word; the guard
 * looks only for names of the region's register, so an unknown word never matches. Names shorter than three letters
 * are left out: they match too much.
 */
final class NameForms {

    /** Case endings, both vowel harmonies, including the plural's and the illative's ({@code Mattiin, Sannaan}). */
    static final Set<String> ENDINGS = Set.of("", "n", "a", "ä", "ta", "tä", "tta", "ttä", "lla", "llä", "lle", "lta", "ltä",
            "ssa", "ssä", "sta", "stä", "na", "nä", "ksi", "t", "en", "an", "in", "on", "un", "yn", "än", "ön", "hin", "seen",
            "ten", "ia", "iä", "ille", "ilta", "iltä", "illa", "illä", "issa", "issä", "ista", "istä", "iin", "ine", "ineen",
            "itta", "ittä");
    static final List<String> CLITICS = List.of("", "kin", "kaan", "kään", "han", "hän", "ko", "kö", "pa", "pä");
    static final int LONGEST_ENDING = 5;
    static final int SHORTEST_NAME = 3;

    private static final String VOWELS = "aeiouyäöå";
    private static final String[][] WEAK_GRADE = {{"kk", "k"}, {"pp", "p"}, {"tt", "t"}, {"nk", "ng"}, {"nt", "nn"}, {"mp", "mm"},
        {"lt", "ll"}, {"rt", "rr"}, {"ht", "hd"}, {"k", ""}, {"t", "d"}, {"p", "v"}};

    private NameForms() {
    }

    /** A word or name as the guard compares it: NFC, lower case. */
    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The stems of {@code name} (folded already). */
    static Set<String> stems(String name) {
        Set<String> stems = new LinkedHashSet<>();
        stems.add(name);
        if (name.endsWith("nen") && name.length() > 4) {
            String base = name.substring(0, name.length() - 3);
            stems.add(base + "se");
            stems.add(base + "s");
            return stems;
        }
        char last = name.charAt(name.length() - 1);
        if (vowel(last)) {
            Set<String> graded = new LinkedHashSet<>();
            graded.add(name);
            graded.addAll(grades(name));
            for (String form : graded) {
                stems.add(form);
                if (form.endsWith("i")) {
                    stems.add(form.substring(0, form.length() - 1) + "e");
                }
                if (form.endsWith("e")) {
                    stems.add(form + "e");
                }
            }
        } else if (last == 's') {
            stems.add(name.substring(0, name.length() - 1) + "kse");
        } else {
            stems.add(name + "i");
        }
        stems.removeIf(stem -> stem.length() < SHORTEST_NAME);
        return stems;
    }

    /** The other grade of the consonants before a final vowel: weak for most names, strong for a weak {@code -e} name. */
    private static Set<String> grades(String name) {
        Set<String> forms = new LinkedHashSet<>();
        int end = name.length() - 1; // the final vowel
        for (String[] grade : WEAK_GRADE) {
            String strong = grade[0];
            String weak = grade[1];
            if (endsBefore(name, end, strong) && preceded(name, end - strong.length(), strong)) {
                forms.add(name.substring(0, end - strong.length()) + weak + name.substring(end));
            }
            if (name.endsWith("e") && !weak.isEmpty() && weak.length() == 2 && endsBefore(name, end, weak)) {
                forms.add(name.substring(0, end - weak.length()) + strong + name.substring(end) + "e"); // rinne → rintee-
            }
        }
        return forms;
    }

    private static boolean endsBefore(String name, int end, String consonants) {
        return end - consonants.length() > 0 && name.startsWith(consonants, end - consonants.length());
    }

    /** A single {@code k, t, p} grades only after a vowel or {@code h}/{@code l}/{@code r} (mäki, lahti), not as part of a pair. */
    private static boolean preceded(String name, int at, String strong) {
        if (strong.length() == 2) {
            return true;
        }
        char before = name.charAt(at - 1);
        return (vowel(before) || before == 'h' || before == 'l' || before == 'r') && at >= 1
                && !(at + 1 < name.length() && name.charAt(at + 1) == strong.charAt(0)) && name.charAt(at - 1) != strong.charAt(0);
    }

    static boolean vowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
