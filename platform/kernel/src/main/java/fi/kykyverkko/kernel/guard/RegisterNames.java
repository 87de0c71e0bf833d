package fi.kykyverkko.kernel.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The names of one region's register, ready to be looked for: every stem of every name part ({@link NameForms}) in a
 * map, so a word is checked by splitting off at most a clitic and an ending and looking the rest up.
 *
 * <p>What is flagged (a documented heuristic, tested by the corpus):
 * <ul>
 * <li>a <b>given name next to a surname</b> (either order, only spaces between, any case, any inflection): "Matti
 * Virtasen", "virtanen matti" — the whole run of names is one finding;</li>
 * <li>a <b>surname alone</b> when it is written with a capital letter ("kävin Virtasella"), except for a surname that
 * is also an everyday word ({@link #EVERYDAY_WORDS}: Laine, Mäki, Koski ...) at the start of a sentence, where the
 * capital says nothing;</li>
 * <li>never a given name alone: a region's register holds most Finnish given names, and many are words too (Toivo,
 * Onni, Aino, Tuuli). Nor a word that is no name of the register, however name-like.</li>
 * </ul>
 * Name parts shorter than three letters are left out; a double name ({@code Virtanen-Korhonen}, {@code af Hällström})
 * counts by its parts.
 */
final class RegisterNames {

    /** Surnames that are also common Finnish or Swedish words: alone, they need a capital inside a sentence. */
    static final Set<String> EVERYDAY_WORDS = Set.of("laine", "mäki", "koski", "järvi", "salo", "niemi", "ranta", "lahti", "aho",
            "kivi", "vuori", "harju", "saari", "lehto", "kallio", "laakso", "nurmi", "oja", "kangas", "joki", "lampi", "suo", "koivu",
            "tammi", "kuusi", "mänty", "paju", "halme", "rinne", "honka", "talvi", "kesä", "syksy", "kevät", "susi", "karhu", "kettu",
            "ilves", "jänis", "hirvi", "kukko", "varis", "hauki", "lohi", "kala", "pelto", "niitty", "metsä", "vaara", "kumpu", "vesa",
            "virta", "puro", "hiekka", "savi", "kari", "luoto", "toivo", "onni", "into", "usko", "lahja", "berg", "lund", "strand",
            "ström", "holm", "dahl", "lind", "gran", "björk", "hovi", "kylä", "linna", "pappi", "seppä", "suutari", "räty", "kunnas");

    static final RegisterNames NONE = new RegisterNames(Set.of(), Set.of());

    private final Map<String, Set<String>> surnameStems = new HashMap<>();
    private final Map<String, Set<String>> givenStems = new HashMap<>();

    RegisterNames(Collection<String> surnames, Collection<String> givenNames) {
        index(surnames, surnameStems);
        index(givenNames, givenStems);
    }

    private static void index(Collection<String> names, Map<String, Set<String>> stems) {
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String part : NameForms.fold(name).split("[^\\p{L}]+")) {
                if (part.length() >= NameForms.SHORTEST_NAME) {
                    for (String stem : NameForms.stems(part)) {
                        stems.computeIfAbsent(stem, s -> new HashSet<>()).add(part);
                    }
                }
            }
        }
    }

    void find(String text, Consumer<Finding> found) {
        if (surnameStems.isEmpty()) {
            return;
        }
        List<Word> words = Words.of(text);
        int i = 0;
        while (i < words.size()) {
            Word first = words.get(i);
            Match m = match(first.folded());
            if (m == Match.NONE) {
                i++;
                continue;
            }
            // a run of name words with only spaces between them
            List<Match> run = new ArrayList<>(List.of(m));
            int j = i;
            while (j + 1 < words.size() && words.get(j + 1).start() - words.get(j).end() <= 3
                    && Words.onlySpaces(text, words.get(j).end(), words.get(j + 1).start())) {
                Match next = match(words.get(j + 1).folded());
                if (next == Match.NONE) {
                    break;
                }
                run.add(next);
                j++;
            }
            if (givenNameWithSurname(run)) {
                found.accept(Finding.of(Finding.Kind.NAME, first.start(), words.get(j).end()));
            } else {
                for (int k = i; k <= j; k++) {
                    Match alone = run.get(k - i);
                    if (alone.surname && flaggedAlone(text, words.get(k), alone)) {
                        found.accept(Finding.of(Finding.Kind.NAME, words.get(k).start(), words.get(k).end()));
                    }
                }
            }
            i = j + 1;
        }
    }

    /** One word of the run may be a surname and another a given name. */
    private static boolean givenNameWithSurname(List<Match> run) {
        for (int k = 0; k < run.size(); k++) {
            for (int l = 0; l < run.size(); l++) {
                if (k != l && run.get(k).surname && run.get(l).given) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean flaggedAlone(String text, Word word, Match match) {
        if (!Character.isUpperCase(text.codePointAt(word.start()))) {
            return false;
        }
        boolean everyday = match.surnames.stream().anyMatch(EVERYDAY_WORDS::contains);
        return !everyday || !Words.startsSentence(text, word.start());
    }

    private Match match(String word) {
        if (word.length() < NameForms.SHORTEST_NAME) {
            return Match.NONE;
        }
        Set<String> surnames = new HashSet<>();
        boolean given = false;
        for (String clitic : NameForms.CLITICS) {
            if (!word.endsWith(clitic) || word.length() - clitic.length() < NameForms.SHORTEST_NAME) {
                continue;
            }
            String bare = word.substring(0, word.length() - clitic.length());
            for (int cut = 0; cut <= NameForms.LONGEST_ENDING && bare.length() - cut >= NameForms.SHORTEST_NAME; cut++) {
                String ending = bare.substring(bare.length() - cut);
                if (!NameForms.ENDINGS.contains(ending)) {
                    continue;
                }
                String stem = bare.substring(0, bare.length() - cut);
                Set<String> s = surnameStems.get(stem);
                if (s != null) {
                    surnames.addAll(s);
                }
                given |= givenStems.containsKey(stem);
            }
        }
        if (surnames.isEmpty() && !given) {
            return Match.NONE;
        }
        return new Match(!surnames.isEmpty(), given, surnames);
    }

    private record Match(boolean surname, boolean given, Set<String> surnames) {
        static final Match NONE = new Match(false, false, Set.of());
    }

    /** The words of a text (letters, with the apostrophes and hyphens inside names split off) and where they are. */
    record Word(int start, int end, String folded) {
    }

    static final class Words {
        private Words() {
        }

        static List<Word> of(String text) {
            List<Word> words = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (!Character.isLetter(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < text.length() && (Character.isLetter(text.codePointAt(i)) || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                words.add(new Word(start, i, NameForms.fold(text.substring(start, i))));
            }
            return words;
        }

        static boolean onlySpaces(String text, int from, int to) {
            for (int k = from; k < to; k++) {
                if (!Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\u00A0') {
                    return false;
                }
            }
            return true;
        }

        /** Whether the word at {@code at} begins the text, a line or a sentence (after . ! ? and any quotes). */
        static boolean startsSentence(String text, int at) {
            int k = at - 1;
            while (k >= 0 && (Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n' || "\"'”’«»(–-".indexOf(text.charAt(k)) >= 0)) {
                k--;
            }
            return k < 0 || ".!?\n:".indexOf(text.charAt(k)) >= 0;
        }
    }
}
