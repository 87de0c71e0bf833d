package fi.kykyverkko.networks.catalogue;

import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The catalogue as Open Referral HSDS 3.0 JSON: {@code organizations}, {@code services}, {@code locations},
 * {@code service_at_locations}, {@code contacts} and {@code service_areas}, each row with the fields of its HSDS 3.0
 * table and nothing else (checked against the official schemas by {@code HsdsExportSchemaIT}); the bundle itself
 * also says {@code hsds_version}, {@code publisher} (the region) and {@code language}, which HSDS leaves open.
 * A service's category and its channels are attributes: terms of the taxonomies {@value #CATEGORY_TAXONOMY} and
 * {@value #CHANNEL_TAXONOMY}. Ids are UUIDs
 * derived from the tenant and the row's code, so they stay the same across exports. The business ID goes to
 * {@code organization_identifiers} (scheme FI-PRO, the org-id.guide code of the Finnish trade register).
 * Texts are in the requested language, Finnish where a translation is missing.
 */
public final class HsdsExport {

    private HsdsExport() {
    }

    /** The taxonomy of the catalogue's service categories ({@link ServiceCategory}). */
    public static final String CATEGORY_TAXONOMY = "kykyverkko-service-category";
    /** The taxonomy of the ways a service is reached ({@link Channel}). */
    public static final String CHANNEL_TAXONOMY = "kykyverkko-service-channel";

    public static JsonObject of(TenantId tenant, List<CatalogueService> services, Locale language) {
        java.util.ResourceBundle texts = fi.kykyverkko.networks.NetworksModule.texts(language);
        Map<Long, Organisation> organisations = new LinkedHashMap<>();
        services.forEach(s -> organisations.putIfAbsent(s.getOrganisation().getId(), s.getOrganisation()));

        JsonArrayBuilder orgs = Json.createArrayBuilder();
        for (Organisation o : organisations.values()) {
            String id = id(tenant, "organization", o.getCode());
            JsonObjectBuilder org = Json.createObjectBuilder()
                    .add("id", id)
                    .add("name", o.names().in(language))
                    .add("description", o.names().in(language));
            optional(org, "alternate_name", o.getNameSv());
            optional(org, "email", o.getEmail());
            optional(org, "website", o.getWebsite());
            JsonArrayBuilder identifiers = Json.createArrayBuilder();
            if (o.getBusinessId() != null) {
                identifiers.add(Json.createObjectBuilder().add("id", id(tenant, "organization_identifier", o.getCode()))
                        .add("organization_id", id).add("identifier_scheme", "FI-PRO").add("identifier_type", "Y-tunnus")
                        .add("identifier", o.getBusinessId()));
            }
            org.add("organization_identifiers", identifiers);
            org.add("phones", phones(tenant, "organization", o.getCode(), o.getPhone()));
            orgs.add(org);
        }

        JsonArrayBuilder serviceArray = Json.createArrayBuilder();
        JsonArrayBuilder locations = Json.createArrayBuilder();
        JsonArrayBuilder serviceAtLocations = Json.createArrayBuilder();
        JsonArrayBuilder contacts = Json.createArrayBuilder();
        JsonArrayBuilder areas = Json.createArrayBuilder();
        for (CatalogueService s : services) {
            String id = id(tenant, "service", s.getCode());
            JsonObjectBuilder service = Json.createObjectBuilder()
                    .add("id", id)
                    .add("organization_id", id(tenant, "organization", s.getOrganisation().getCode()))
                    .add("name", s.names().in(language))
                    .add("description", s.descriptions().in(language))
                    .add("status", "active")
                    .add("assured_date", s.getLastReviewed().toString());
            optional(service, "url", s.getUrl());
            optional(service, "email", s.getContactEmail());
            optional(service, "eligibility_description", join(s.getTargetGroup(), s.getEligibility()));
            optional(service, "application_process", s.getHowToAccess());
            // the category and the ways to reach the service are terms of two taxonomies of our own, as HSDS attributes
            String category = texts.getString(s.getCategory().labelKey());
            JsonArrayBuilder attributes = Json.createArrayBuilder().add(attribute(tenant, id, s.getCode(), CATEGORY_TAXONOMY, s.getCategory().name(),
                    category, MessageFormat.format(texts.getString("networks.hsds.category-term"), category)));
            for (Channel c : s.getChannels()) {
                String channel = texts.getString(c.labelKey());
                attributes.add(attribute(tenant, id, s.getCode() + "#" + c.name(), CHANNEL_TAXONOMY, c.name(), channel,
                        MessageFormat.format(texts.getString("networks.hsds.channel-term"), channel)));
            }
            service.add("attributes", attributes);
            serviceArray.add(service);

            int n = 0;
            for (String place : s.getLocations() == null ? new String[0] : s.getLocations().split("\\R")) {
                if (place.isBlank()) {
                    continue;
                }
                String locationId = id(tenant, "location", s.getCode() + "#" + n);
                locations.add(Json.createObjectBuilder().add("id", locationId).add("location_type", "physical")
                        .add("name", place.strip()).add("organization_id", id(tenant, "organization", s.getOrganisation().getCode())));
                serviceAtLocations.add(Json.createObjectBuilder().add("id", id(tenant, "service_at_location", s.getCode() + "#" + n))
                        .add("service_id", id).add("location_id", locationId));
                n++;
            }
            if (s.getChannels().contains(Channel.REMOTE) && s.getUrl() != null) {
                String locationId = id(tenant, "location", s.getCode() + "#virtual");
                locations.add(Json.createObjectBuilder().add("id", locationId).add("location_type", "virtual")
                        .add("url", s.getUrl()).add("organization_id", id(tenant, "organization", s.getOrganisation().getCode())));
                serviceAtLocations.add(Json.createObjectBuilder().add("id", id(tenant, "service_at_location", s.getCode() + "#virtual"))
                        .add("service_id", id).add("location_id", locationId));
            }
            if (s.getContactName() != null || s.getContactEmail() != null || s.getContactPhone() != null) {
                JsonObjectBuilder contact = Json.createObjectBuilder().add("id", id(tenant, "contact", s.getCode())).add("service_id", id);
                optional(contact, "name", s.getContactName());
                optional(contact, "email", s.getContactEmail());
                contact.add("phones", phones(tenant, "contact", s.getCode(), s.getContactPhone()));
                contacts.add(contact);
            }
            for (String municipality : s.getMunicipalities()) {
                areas.add(Json.createObjectBuilder().add("id", id(tenant, "service_area", s.getCode() + "#" + municipality))
                        .add("service_id", id).add("name", municipality).add("extent_type", "other"));
            }
        }
        return Json.createObjectBuilder()
                .add("hsds_version", "3.0")
                .add("publisher", tenant.value())
                .add("language", language.getLanguage())
                .add("organizations", orgs)
                .add("services", serviceArray)
                .add("locations", locations)
                .add("service_at_locations", serviceAtLocations)
                .add("contacts", contacts)
                .add("service_areas", areas)
                .build();
    }

    private static JsonArrayBuilder phones(TenantId tenant, String owner, String code, String number) {
        JsonArrayBuilder phones = Json.createArrayBuilder();
        if (number != null) {
            phones.add(Json.createObjectBuilder().add("id", id(tenant, owner + "_phone", code)).add("number", number));
        }
        return phones;
    }

    /** An attribute of the service: one term (id, code, name, description: what HSDS 3.0 requires) of one of our taxonomies. */
    private static JsonObjectBuilder attribute(TenantId tenant, String serviceId, String key, String taxonomy, String code, String name,
                                               String description) {
        return Json.createObjectBuilder().add("id", id(tenant, "attribute", key)).add("link_id", serviceId)
                .add("link_type", "service").add("link_entity", "service")
                .add("taxonomy_term", Json.createObjectBuilder().add("id", id(tenant, "taxonomy_term", taxonomy + "/" + code))
                        .add("code", code).add("name", name).add("description", description).add("taxonomy", taxonomy));
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "\n\n" + b;
    }

    private static void optional(JsonObjectBuilder into, String name, String value) {
        if (value != null) {
            into.add(name, value);
        }
    }

    static String id(TenantId tenant, String kind, String code) {
        return UUID.nameUUIDFromBytes((tenant.value() + "/" + kind + "/" + code).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
