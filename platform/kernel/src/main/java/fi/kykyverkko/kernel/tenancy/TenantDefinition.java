package fi.kykyverkko.kernel.tenancy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a region is, as declared in a file under {@code tenants/} or posted by a platform admin.
 * Instances are only made by {@link TenantDefinitionParser}, which has validated every field.
 */
public record TenantDefinition(
        TenantId id,
        LocalizedText names,
        String organisation,
        List<String> municipalities,
        Set<String> modules,
        String theme,
        List<IndicatorTarget> indicatorTargets) {

    public TenantDefinition {
        municipalities = List.copyOf(municipalities);
        modules = Set.copyOf(modules);
        indicatorTargets = List.copyOf(indicatorTargets);
    }

    /** A target value the region has set for one indicator, e.g. customer satisfaction 8.5 on the 4–10 grade scale. */
    public record IndicatorTarget(String indicator, BigDecimal target, Scale scale) {
    }

    /** The scales targets are expressed on (BRIEF §7); each knows its own range. */
    public enum Scale {
        GRADE_4_10("grade-4-10", "4", "10"),
        PERCENT("percent", "0", "100"),
        LIKERT_1_5("likert-1-5", "1", "5"),
        RATING_0_10("rating-0-10", "0", "10");

        private final String key;
        private final BigDecimal min;
        private final BigDecimal max;

        Scale(String key, String min, String max) {
            this.key = key;
            this.min = new BigDecimal(min);
            this.max = new BigDecimal(max);
        }

        public String key() {
            return key;
        }

        public boolean contains(BigDecimal value) {
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }

        public String range() {
            return min.toPlainString() + "–" + max.toPlainString();
        }

        public static Scale byKey(String key) {
            for (Scale s : values()) {
                if (s.key.equals(key)) {
                    return s;
                }
            }
            return null;
        }

        public static String keys() {
            StringBuilder b = new StringBuilder();
            for (Scale s : values()) {
                b.append(b.isEmpty() ? "" : ", ").append(s.key);
            }
            return b.toString();
        }
    }
}
