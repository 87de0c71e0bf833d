package fi.kykyverkko.surveys.instruments;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An instrument (a questionnaire with its scoring) as data: a stable code, a version, its name and items in four
 * languages and its score rules. Read from JSON by {@link DefinitionParser}, which reports every problem of a
 * document; the constructor guards the invariants once more so no code can make an inconsistent one.
 */
public record InstrumentDefinition(String code, int version, FourLanguageText name, List<Item> items, List<ScoreRule> scores) {

    public InstrumentDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
        items = List.copyOf(items);
        scores = List.copyOf(scores);
        Set<String> ids = new HashSet<>();
        Set<String> scaleKeys = new HashSet<>();
        for (Item item : items) {
            if (item.showIf() != null && !ids.contains(item.showIf().item())) {
                throw new IllegalArgumentException("a condition names an earlier item: " + item.id());
            }
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("item id used twice: " + item.id());
            }
            item.answerKeys().stream().filter(key -> item.scaleOf(key).isScale()).forEach(scaleKeys::add);
        }
        for (ScoreRule rule : scores) {
            if (!scaleKeys.containsAll(rule.items())) {
                throw new IllegalArgumentException("a score names only scale answers of the items: " + rule.code());
            }
        }
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The item an answer key belongs to (an item id, or {@code item.row}). */
    public Optional<Item> itemOf(String answerKey) {
        return items.stream().filter(i -> i.answerKeys().contains(answerKey)).findFirst();
    }

    /** The scale of a scorable answer key (the rule was checked to name only scale answers). */
    ItemType scaleOf(String answerKey) {
        return itemOf(answerKey).orElseThrow().scaleOf(answerKey);
    }

    /** Whether {@code item} is shown with these answers: its condition holds and the item it depends on is shown. */
    public boolean shown(Item item, AnswerSet answers) {
        ShowIf condition = item.showIf();
        if (condition == null) {
            return true;
        }
        Item controlling = item(condition.item()).orElseThrow();
        return shown(controlling, answers) && answers.valuesOf(condition.item()).stream().anyMatch(condition.values()::contains);
    }

    /** Every problem of {@code answers} against this definition; empty when they can be stored and scored. */
    public List<AnswerProblem> check(AnswerSet answers) {
        return AnswerCheck.problems(this, answers);
    }

    /** The scores of valid {@code answers}, in the order of the rules; refuses answers with problems. */
    public List<Score> score(AnswerSet answers) {
        List<AnswerProblem> problems = check(answers);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("answers with problems are not scored: " + problems);
        }
        return scores.stream().map(rule -> rule.score(this, answers)).toList();
    }

    /** The score named {@code code}. */
    public Score score(AnswerSet answers, String code) {
        return score(answers).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no score " + code + " in " + this.code));
    }

    /**
     * This definition changed into {@code changed}: the next version when this one has answers (it is frozen), the same
     * version when nobody has answered it yet; unchanged content keeps this definition as it is.
     */
    public InstrumentDefinition revise(InstrumentDefinition changed, boolean hasAnswers) {
        if (!changed.code.equals(code)) {
            throw new IllegalArgumentException("a revision keeps the code " + code + ": " + changed.code);
        }
        if (changed.withVersion(version).equals(this)) {
            return this;
        }
        return changed.withVersion(Versions.nextVersion(version, hasAnswers));
    }

    private InstrumentDefinition withVersion(int newVersion) {
        return new InstrumentDefinition(code, newVersion, name, items, scores);
    }
}
