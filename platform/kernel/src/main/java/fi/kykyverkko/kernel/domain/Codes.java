package fi.kykyverkko.kernel.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Makes the stable keys (codes) for rows created in the UI, from their names: "Kela Rovaniemi" → "kela-rovaniemi-4821". */
public final class Codes {

    private Codes() {
    }

    public static String fromName(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (ascii.length() > 50) {
            ascii = ascii.substring(0, 50).replaceAll("-$", "");
        }
        // a short random tail keeps two rows with the same name apart
        return (ascii.isEmpty() ? "x" : ascii) + "-" + (1000 + ThreadLocalRandom.current().nextInt(9000));
    }
}
