package fi.kykyverkko.networks.imports;

import static fi.kykyverkko.kernel.exchange.csv.CsvColumn.optional;
import static fi.kykyverkko.kernel.exchange.csv.CsvColumn.required;
import static fi.kykyverkko.kernel.domain.imports.FieldMapping.choice;
import static fi.kykyverkko.kernel.domain.imports.FieldMapping.choices;
import static fi.kykyverkko.kernel.domain.imports.FieldMapping.list;
import static fi.kykyverkko.kernel.domain.imports.FieldMapping.text;

import fi.kykyverkko.networks.NetworksModule;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.imports.FieldMapping;
import fi.kykyverkko.kernel.domain.imports.ImportFormat;
import fi.kykyverkko.kernel.domain.imports.ImportTemplate;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.catalogue.Channel;
import fi.kykyverkko.networks.catalogue.ServiceCategory;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.OrganisationType;
import fi.kykyverkko.networks.people.Person;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The CSV formats of organisations, people and services — the same columns for import and export, so an
 * exported file can be edited in Excel and imported back. Headers are English snake_case; Finnish headers
 * are accepted as aliases. Choices (type, category, channels) accept the value's name or its label in
 * Finnish, Swedish or English.
 */
public final class ImportFormats {

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    public static final ImportFormat<Organisation> ORGANISATIONS = new ImportFormat<>("organisations", Organisation.class, Organisation::new, List.of(
            text(required("code", "tunnus", "id"), "code", Organisation::getCode, Organisation::setCode),
            text(required("name_fi", "nimi", "name"), "nameFi", Organisation::getNameFi, Organisation::setNameFi),
            text(optional("name_sv", "namn"), "nameSv", Organisation::getNameSv, Organisation::setNameSv),
            text(optional("name_en"), "nameEn", Organisation::getNameEn, Organisation::setNameEn),
            choice(required("type", "tyyppi"), "type", OrganisationType.class, NetworksModule::texts, Organisation::getType, Organisation::setType),
            text(optional("business_id", "y-tunnus", "ytunnus"), "businessId", Organisation::getBusinessId, Organisation::setBusinessId),
            text(optional("email", "sähköposti"), "email", Organisation::getEmail, Organisation::setEmail),
            text(optional("phone", "puhelin").allowingLeadingSign(), "phone", Organisation::getPhone, Organisation::setPhone),
            text(optional("website", "verkkosivu", "www"), "website", Organisation::getWebsite, Organisation::setWebsite),
            text(optional("address", "osoite"), "address", Organisation::getAddress, Organisation::setAddress),
            list(optional("municipalities", "kunnat"), "municipalities", Organisation::getMunicipalities, Organisation::setMunicipalities)));

    public static final ImportFormat<Person> PEOPLE = new ImportFormat<>("people", Person.class, Person::new, List.of(
            text(required("code", "tunnus", "id"), "code", Person::getCode, Person::setCode),
            text(required("name", "nimi"), "name", Person::getName, Person::setName),
            text(optional("title", "nimike", "ammatti"), "title", Person::getTitle, Person::setTitle),
            new FieldMapping<>(optional("organisation", "organisaatio"), "organisation",
                    p -> p.getOrganisation() == null ? null : p.getOrganisation().getCode(),
                    (p, v, problems, em) -> organisation(v, problems, em, "organisation").ifPresentOrElse(p::setOrganisation, () -> {
                        if (v.isBlank()) {
                            p.setOrganisation(null);
                        }
                    })),
            text(optional("email", "sähköposti"), "email", Person::getEmail, Person::setEmail),
            text(optional("phone", "puhelin").allowingLeadingSign(), "phone", Person::getPhone, Person::setPhone),
            text(optional("username", "käyttäjätunnus"), "username", Person::getUsername, Person::setUsername)));

    public static final ImportFormat<CatalogueService> SERVICES = new ImportFormat<>("services", CatalogueService.class, CatalogueService::new, List.of(
            text(required("code", "tunnus", "id"), "code", CatalogueService::getCode, CatalogueService::setCode),
            new FieldMapping<>(required("organisation", "organisaatio", "provider"), "organisation",
                    s -> s.getOrganisation() == null ? null : s.getOrganisation().getCode(),
                    (s, v, problems, em) -> organisation(v, problems, em, "organisation").ifPresent(s::setOrganisation)),
            text(required("name_fi", "nimi", "name"), "nameFi", CatalogueService::getNameFi, CatalogueService::setNameFi),
            text(optional("name_sv"), "nameSv", CatalogueService::getNameSv, CatalogueService::setNameSv),
            text(optional("name_en"), "nameEn", CatalogueService::getNameEn, CatalogueService::setNameEn),
            text(required("description_fi", "kuvaus", "description"), "descriptionFi", CatalogueService::getDescriptionFi, CatalogueService::setDescriptionFi),
            text(optional("description_sv"), "descriptionSv", CatalogueService::getDescriptionSv, CatalogueService::setDescriptionSv),
            text(optional("description_en"), "descriptionEn", CatalogueService::getDescriptionEn, CatalogueService::setDescriptionEn),
            choice(required("category", "luokka", "kategoria"), "category", ServiceCategory.class, NetworksModule::texts,
                    CatalogueService::getCategory, CatalogueService::setCategory),
            text(optional("target_group", "kohderyhmä"), "targetGroup", CatalogueService::getTargetGroup, CatalogueService::setTargetGroup),
            text(optional("eligibility", "kenelle", "edellytykset"), "eligibility", CatalogueService::getEligibility, CatalogueService::setEligibility),
            text(optional("how_to_access", "ohjautuminen", "hakeutuminen"), "howToAccess", CatalogueService::getHowToAccess, CatalogueService::setHowToAccess),
            text(optional("contact_name", "yhteyshenkilö"), "contactName", CatalogueService::getContactName, CatalogueService::setContactName),
            text(optional("contact_email", "sähköposti"), "contactEmail", CatalogueService::getContactEmail, CatalogueService::setContactEmail),
            text(optional("contact_phone", "puhelin").allowingLeadingSign(), "contactPhone", CatalogueService::getContactPhone, CatalogueService::setContactPhone),
            text(optional("url", "verkkosivu"), "url", CatalogueService::getUrl, CatalogueService::setUrl),
            list(optional("municipalities", "kunnat"), "municipalities", CatalogueService::getMunicipalities, CatalogueService::setMunicipalities),
            text(optional("locations", "toimipaikat", "sijainnit"), "locations", CatalogueService::getLocations, CatalogueService::setLocations),
            choices(required("channels", "asiointitavat", "kanavat"), "channels", Channel.class, NetworksModule::texts,
                    CatalogueService::getChannels, CatalogueService::setChannels),
            text(optional("keywords", "hakusanat", "tarpeet"), "keywords", CatalogueService::getKeywords, CatalogueService::setKeywords),
            new FieldMapping<>(optional("last_reviewed", "tarkistettu"), "lastReviewed",
                    s -> s.getLastReviewed() == null ? null : FINNISH_DATE.format(s.getLastReviewed()),
                    (s, v, problems, em) -> {
                        if (!v.isBlank()) {
                            date(v).ifPresentOrElse(s::setLastReviewed, () -> problems.add("lastReviewed", "networks.import.bad-date"));
                        }
                    })),
            // an imported row counts as reviewed today, unless the file says when it was last checked
            (s, fileHas) -> {
                if (!fileHas.test("last_reviewed") || s.getLastReviewed() == null) {
                    s.markReviewed(fi.kykyverkko.kernel.time.PortalTime.today());
                }
            });

    private ImportFormats() {
    }

    public static List<ImportFormat<?>> all() {
        return List.of(ORGANISATIONS, PEOPLE, SERVICES);
    }

    /**
     * The file to fill in for {@code format} ({@link ImportTemplate}): the header, a made-up example row and the
     * allowed values of each choice column, both as comment rows the import skips, and a note saying so.
     */
    public static byte[] template(ImportFormat<?> format, Locale language) {
        ResourceBundle t = NetworksModule.texts(language);
        String allowed = t.getString("networks.import.template-allowed");
        String note = t.getString("networks.import.template-note");
        if (format == ORGANISATIONS) {
            return ImportTemplate.of(ORGANISATIONS, exampleOrganisation(), language, allowed, note);
        }
        if (format == PEOPLE) {
            return ImportTemplate.of(PEOPLE, examplePerson(), language, allowed, note);
        }
        return ImportTemplate.of(SERVICES, exampleService(), language, allowed, note);
    }

    private static Organisation exampleOrganisation() {
        Organisation o = new Organisation();
        o.setCode("esimerkki-ry");
        o.setName(MultilingualText.of("Esimerkki ry", "Exempel rf", "Example association"));
        o.setType(OrganisationType.NGO);
        o.setBusinessId("0246246-0");
        o.setEmail("toimisto@esimerkki.fi");
        o.setPhone("040 123 4567");
        o.setWebsite("https://www.esimerkki.fi");
        o.setAddress("Esimerkkikatu 1, 96100 Rovaniemi");
        o.setMunicipalities(List.of("Rovaniemi", "Kemi"));
        return o;
    }

    private static Person examplePerson() {
        Person p = new Person();
        p.setCode("maija-esimerkki");
        p.setName("Maija Esimerkki");
        p.setTitle("Työkykykoordinaattori");
        p.setOrganisation(exampleOrganisation());
        p.setEmail("maija.esimerkki@esimerkki.fi");
        p.setPhone("040 123 4567");
        return p;
    }

    private static CatalogueService exampleService() {
        CatalogueService s = new CatalogueService();
        s.setCode("esimerkki-vertaistuki");
        s.setOrganisation(exampleOrganisation());
        s.setNameFi("Vertaistukiryhmä");
        s.setDescriptionFi("Viikoittainen ryhmä työttömille, joiden työkyky on heikentynyt.");
        s.setCategory(ServiceCategory.NGO);
        s.setTargetGroup("Työikäiset työttömät");
        s.setHowToAccess("Ilmoittaudu puhelimitse tai sähköpostilla.");
        s.setContactName("Maija Esimerkki");
        s.setContactEmail("maija.esimerkki@esimerkki.fi");
        s.setContactPhone("040 123 4567");
        s.setMunicipalities(List.of("Rovaniemi"));
        s.setChannels(java.util.EnumSet.of(Channel.ON_SITE, Channel.PHONE));
        s.setKeywords("vertaistuki työttömyys");
        return s;
    }

    private static Optional<Organisation> organisation(String code, Problems problems, EntityManager em, String property) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Optional<Organisation> found = TenantStore.byCode(em, Organisation.class, code.strip());
        if (found.isEmpty()) {
            problems.add(property, "networks.import.unknown-organisation");
        }
        return found;
    }

    /** Finnish (23.11.2026) or ISO (2026-11-23) dates, as Excel writes either. */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(text.contains(".") ? LocalDate.parse(text.strip(), FINNISH_DATE) : LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
