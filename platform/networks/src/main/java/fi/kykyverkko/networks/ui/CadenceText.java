package fi.kykyverkko.networks.ui;

import fi.kykyverkko.networks.groups.Cadence;
import java.util.function.BiFunction;

/** A cadence in words: "Kerran kuukaudessa perjantaisin", "Joka toinen viikko keskiviikkoisin", "Tarvittaessa". */
final class CadenceText {

    private CadenceText() {
    }

    static String of(Cadence cadence, BiFunction<String, Object[], String> t) {
        if (cadence == null) {
            return t.apply("networks.cadence.none", new Object[0]);
        }
        String day = cadence.day() == null ? "" : " " + t.apply("networks.day." + cadence.day().name() + ".habitual", new Object[0]);
        if (cadence.unit() == Cadence.Unit.WEEKS) {
            return t.apply("networks.cadence.weeks", new Object[] {cadence.interval()}) + day;
        }
        if (cadence.ordinal() != null) {
            return t.apply("networks.cadence.months-ordinal", new Object[] {cadence.interval(),
                    t.apply("networks.ordinal." + cadence.ordinal(), new Object[0]),
                    t.apply("networks.day." + cadence.day().name(), new Object[0])});
        }
        return t.apply("networks.cadence.months", new Object[] {cadence.interval()}) + day;
    }
}
