package fi.kykyverkko.surveys.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The results of a survey: how many answered (with the denominator), and, when they may be shown, the mean of
 * every score and scale item, each item's distribution (value → count) and the free texts. An anonymous survey
 * below its minimum count shows only {@code hidden = true} and the rate.
 */
public record SurveyResults(ResponseRate rate, long responses, boolean hidden, Map<String, BigDecimal> scoreMeans,
                            Map<String, BigDecimal> itemMeans, Map<String, Map<String, Long>> distributions,
                            Map<String, List<String>> freeTexts) {
}
