package fi.kykyverkko.networks.catalogue;

import fi.kykyverkko.networks.organisations.Organisation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long one catalogue search takes once the region's entries are read: every word matched against names,
 * descriptions, target group and keywords, filtered by category and municipality, sorted in Finnish order.
 * Run: see platform/networks/README.md ("Performance").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatalogueSearchBenchmark {

    private static final String[] WORDS = {"mielenterveys", "työkyky", "kuntoutus", "velat", "asuminen", "nuori", "työnhaku",
            "päihteet", "koulutus", "vertaistuki", "palkkatuki", "terveys", "työkokeilu", "sosiaalityö", "vammaispalvelu"};
    private static final String[] MUNICIPALITIES = {"Rovaniemi", "Kemijärvi", "Kotka", "Kouvola", "Mikkeli", "Hyvinkää"};

    @Param({"100", "1000", "5000"})
    int entries;

    private List<CatalogueService> services;

    @Setup
    public void fill() {
        Random random = new Random(42);
        Organisation provider = new Organisation();
        provider.setNameFi("Palveluntuottaja");
        services = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            CatalogueService s = new CatalogueService();
            s.setOrganisation(provider);
            s.setNameFi("Palvelu " + i + " " + WORDS[random.nextInt(WORDS.length)]);
            s.setDescriptionFi("Kuvaus: " + WORDS[random.nextInt(WORDS.length)] + " ja " + WORDS[random.nextInt(WORDS.length)]
                    + ". Palvelu tukee työikäisiä, joiden työkyky on heikentynyt.");
            s.setKeywords(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]);
            s.setCategory(ServiceCategory.values()[random.nextInt(ServiceCategory.values().length)]);
            s.setMunicipalities(random.nextBoolean() ? List.of() : List.of(MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)]));
            s.setChannels(EnumSet.of(Channel.values()[random.nextInt(Channel.values().length)]));
            services.add(s);
        }
    }

    @Benchmark
    public List<CatalogueService> everything() {
        return CatalogueQuery.ALL.select(services);
    }

    @Benchmark
    public List<CatalogueService> needAndMunicipality() {
        return new CatalogueQuery("mielenterveys työkyky", null, "Rovaniemi", null).select(services);
    }

    @Benchmark
    public List<CatalogueService> category() {
        return new CatalogueQuery(null, ServiceCategory.KELA, null, null).select(services);
    }
}
