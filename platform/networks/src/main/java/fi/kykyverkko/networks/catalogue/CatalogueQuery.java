package fi.kykyverkko.networks.catalogue;

/**
 * A catalogue search: words that must all appear (a client's need, a service's name), and optional
 * category, municipality and channel. Null or blank means "any".
 */
public record CatalogueQuery(String text, ServiceCategory category, String municipality, Channel channel) {

    public static final CatalogueQuery ALL = new CatalogueQuery(null, null, null, null);

    /**
     * The entries this query finds, in Finnish alphabetical order of their names. Each name's collation key is
     * computed once: comparing with the collator directly took twice as long (CatalogueSearchBenchmark).
     */
    public java.util.List<CatalogueService> select(java.util.Collection<CatalogueService> services) {
        return fi.kykyverkko.kernel.domain.FinnishCollation.sort(services.stream().filter(this::accepts).toList(), CatalogueService::getNameFi);
    }

    public boolean accepts(CatalogueService service) {
        return service.matches(text)
                && (category == null || service.getCategory() == category)
                && (municipality == null || municipality.isBlank() || service.servesMunicipality(municipality))
                && (channel == null || service.getChannels().contains(channel));
    }
}
