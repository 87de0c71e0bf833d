package fi.kykyverkko.surveys.survey;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.surveys.answering.AnswerJson;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.Item;
import fi.kykyverkko.surveys.instruments.ItemType;
import fi.kykyverkko.surveys.instruments.Score;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Results per survey ({@link SurveyResults}), for organisers; anonymous surveys hide everything below their minimum. */
@ApplicationScoped
public class Results {

    @Inject
    TenantData data;

    @Inject
    Surveys surveys;

    @Inject
    InstrumentLibrary library;

    public SurveyResults of(TenantId tenant, PortalUser organiser, long surveyId) {
        ResponseRate rate = surveys.rate(tenant, organiser, surveyId);
        Survey survey = surveys.require(tenant, surveyId);
        InstrumentDefinition definition = library.version(tenant, organiser, survey.getInstrumentCode(), survey.getInstrumentNumber())
                .orElseThrow().definition();
        List<AnswerSet> answers = answers(tenant, survey);
        if (!survey.resultsVisible(answers.size())) {
            return new SurveyResults(rate, answers.size(), true, Map.of(), Map.of(), Map.of(), Map.of());
        }
        return summarise(rate, definition, answers);
    }

    /** Every stored answer of the survey (from the anonymous table for an anonymous survey). */
    public List<AnswerSet> answers(TenantId tenant, Survey survey) {
        String entity = survey.isAnonymous() ? "AnonymousResponse" : "Response";
        return data.call(tenant, em -> em.createQuery("SELECT r.answers FROM " + entity + " r WHERE r.surveyId = :s", String.class)
                .setParameter("s", survey.getId()).getResultList()).stream().map(AnswerJson::read).toList();
    }

    /**
     * Every answer as a row, one column per answer key ({@link AnswerTable}: CSV or XLSX). Nothing below an anonymous
     * survey's minimum.
     */
    public AnswerTable table(TenantId tenant, PortalUser organiser, long surveyId) {
        SurveyResults shown = of(tenant, organiser, surveyId);
        Survey survey = surveys.require(tenant, surveyId);
        InstrumentDefinition definition = library.version(tenant, organiser, survey.getInstrumentCode(), survey.getInstrumentNumber())
                .orElseThrow().definition();
        List<String> keys = definition.items().stream().flatMap(i -> i.answerKeys().stream()).toList();
        List<List<String>> rows = shown.hidden() ? List.of()
                : answers(tenant, survey).stream().map(a -> keys.stream().map(k -> String.join("|", a.valuesOf(k))).toList()).toList();
        return new AnswerTable(keys, rows);
    }

    public byte[] csv(TenantId tenant, PortalUser organiser, long surveyId) {
        return table(tenant, organiser, surveyId).csv();
    }

    static SurveyResults summarise(ResponseRate rate, InstrumentDefinition definition, List<AnswerSet> answers) {
        Map<String, BigDecimal> scoreMeans = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> scoreValues = new LinkedHashMap<>();
        for (AnswerSet a : answers) {
            for (Score s : definition.score(a)) {
                s.value().ifPresent(v -> scoreValues.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(v));
            }
        }
        scoreValues.forEach((code, values) -> scoreMeans.put(code, mean(values)));
        Map<String, BigDecimal> itemMeans = new LinkedHashMap<>();
        Map<String, Map<String, Long>> distributions = new LinkedHashMap<>();
        Map<String, List<String>> freeTexts = new LinkedHashMap<>();
        for (Item item : definition.items()) {
            for (String key : item.answerKeys()) {
                ItemType scale = item.scaleOf(key).isScale() ? item.scaleOf(key) : null;
                if (item.type() == ItemType.FREE_TEXT) {
                    freeTexts.put(key, answers.stream().flatMap(a -> a.single(key).stream()).toList());
                    continue;
                }
                Map<String, Long> counts = new TreeMap<>(scale != null ? java.util.Comparator.comparing(Integer::valueOf) : java.util.Comparator.naturalOrder());
                if (scale != null) {
                    scale.scaleValues().forEach(v -> counts.put(Integer.toString(v), 0L));
                }
                List<BigDecimal> counted = new ArrayList<>();
                for (AnswerSet a : answers) {
                    for (String v : a.valuesOf(key)) {
                        counts.merge(v, 1L, Long::sum);
                        if (scale != null && scale.countsInScores(Integer.parseInt(v))) {
                            counted.add(new BigDecimal(v));
                        }
                    }
                }
                distributions.put(key, counts);
                if (scale != null && !counted.isEmpty()) {
                    itemMeans.put(key, mean(counted));
                }
            }
        }
        return new SurveyResults(rate, answers.size(), false, scoreMeans, itemMeans, distributions, freeTexts);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }
}
