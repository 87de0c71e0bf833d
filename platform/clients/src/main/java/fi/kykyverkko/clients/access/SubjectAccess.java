package fi.kykyverkko.clients.access;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.ClientsModule;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.clients.clients.ClientDocument;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.Handover;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.episodes.PhaseDays;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.ReferrerFeedback;
import fi.kykyverkko.clients.referrals.WarmHandover;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditEntry;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.Labelled;
import fi.kykyverkko.kernel.exchange.pdf.ReadablePdf;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.privacy.IdentityCodeVault;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A client's subject access request (GDPR art. 15): everything the module holds on them, as JSON for machines and as
 * a readable PDF in their language, and their own access log as PDF (CSV is {@link AccessLogs#csv}). The data
 * protection officer makes them; each export is itself written to the audit log. The identity code is in these
 * exports, as it is the client's own data; file contents are not (each is downloaded on its own from the card).
 */
@ApplicationScoped
public class SubjectAccess {

    @Inject
    TenantData data;

    @Inject
    IdentityCodeVault vault;

    @Inject
    ClientAudit audit;

    @Inject
    AccessLogs logs;

    /** All the client's data as JSON (UTF-8), or empty when the region has no such client. */
    public Optional<byte[]> json(TenantId tenant, Access access, long clientId) {
        return held(tenant, access, clientId).map(SubjectAccess::toJson);
    }

    /** All the client's data as a readable PDF in {@code language}, or empty when the region has no such client. */
    public Optional<byte[]> pdf(TenantId tenant, Access access, long clientId, Locale language) {
        return held(tenant, access, clientId).map(held -> toPdf(tenant, held, language));
    }

    /** The client's access log ("who saw my data and when") as a readable PDF in {@code language}. */
    public byte[] accessLogPdf(TenantId tenant, Access access, long clientId, Locale language) {
        List<AccessLogs.AccessLine> lines = logs.lines(tenant, logs.ofClient(tenant, access, clientId), language);
        ResourceBundle t = ClientsModule.texts(language);
        ReadablePdf pdf = ReadablePdf.titled(format(t, "clients.subject.access-log-title", clientId), language)
                .paragraph(format(t, "clients.subject.made", PortalTime.dateTime(Instant.now(), language), lines.size()));
        for (AccessLogs.AccessLine line : lines) {
            pdf.item(line.when() + " · " + line.who() + (line.organisation().isEmpty() ? "" : " (" + line.organisation() + ")")
                    + " · " + line.action() + ": " + line.what() + " · " + line.through() + (line.why().isEmpty() ? "" : " · " + line.why()));
        }
        return pdf.toBytes();
    }

    /** What the module holds on the client, read in one transaction; the export is audited per category. */
    private Optional<Held> held(TenantId tenant, Access access, long clientId) {
        if (!ClientRoles.isDataProtection(access.user(), tenant)) {
            throw new SecurityException("subject access exports are made by the data protection officer");
        }
        Optional<Held> held = data.call(tenant, em -> Optional.ofNullable(em.find(Client.class, clientId)).map(c -> read(tenant, em, c)));
        if (held.isEmpty()) {
            return Optional.empty();
        }
        audit.record(tenant, access, clientId, AuditAction.EXPORT, DataCategory.IDENTITY_CONTACT);
        audit.record(tenant, access, clientId, AuditAction.EXPORT, DataCategory.EPISODES);
        return Optional.of(held.get().withLog(logs.ofClient(tenant, access, clientId)));
    }

    private Held read(TenantId tenant, EntityManager em, Client client) {
        long id = client.getId();
        List<Episode> episodes = em.createQuery("SELECT e FROM Episode e WHERE e.clientId = :ids ORDER BY e.startedOn, e.id", Episode.class)
                .setParameter("ids", id).getResultList();
        List<Long> episodeIds = episodes.stream().map(Episode::getId).toList();
        List<ReferralSource> sources = in(em, "SELECT s FROM ReferralSource s WHERE s.episodeId IN :ids ORDER BY s.referredOn, s.id",
                ReferralSource.class, episodeIds);
        List<Consent> consents = in(em, "SELECT c FROM Consent c WHERE c.clientId IN :ids ORDER BY c.givenOn, c.id", Consent.class, List.of(id));
        // only the people and organisations the client's rows name, not the region's whole network
        List<Long> personIds = episodes.stream().flatMap(e -> Stream.concat(e.getResponsiblePersonId().stream(),
                e.getHandovers().stream().map(Handover::personId))).distinct().toList();
        List<Long> organisationIds = Stream.concat(sources.stream().map(ReferralSource::getOrganisationId).filter(Objects::nonNull),
                consents.stream().map(Consent::getOrganisationId)).distinct().toList();
        return new Held(client, client.identityCode(tenant, vault).map(IdentityCode::value).orElse(null), episodes, sources,
                in(em, "SELECT w FROM WarmHandover w WHERE w.episodeId IN :ids ORDER BY w.startsAt", WarmHandover.class, episodeIds),
                in(em, "SELECT f FROM ReferrerFeedback f WHERE f.episodeId IN :ids ORDER BY f.recordedAt", ReferrerFeedback.class, episodeIds),
                consents,
                in(em, "SELECT d FROM ClientDocument d WHERE d.clientId IN :ids ORDER BY d.uploadedAt", ClientDocument.class, List.of(id)),
                byId(em.createQuery("SELECT s FROM ClientService s", ClientService.class).getResultList(), ClientService::getId),
                em.createQuery("SELECT p FROM Phase p", Phase.class).getResultList().stream()
                        .collect(Collectors.toMap(Phase::getCode, Function.identity())),
                byId(in(em, "SELECT p FROM Person p WHERE p.id IN :ids", Person.class, personIds), Person::getId),
                byId(in(em, "SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class, organisationIds), Organisation::getId),
                List.of());
    }

    /** The rows of {@code jpql} for the ids in {@code :ids}; none asked, none read. */
    private static <T> List<T> in(EntityManager em, String jpql, Class<T> type, List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery(jpql, type).setParameter("ids", ids).getResultList();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
    private static byte[] toJson(Held h) {
        Client c = h.client;
        LocalDate today = PortalTime.today();
        JsonObjectBuilder client = Json.createObjectBuilder().add("id", c.getId());
        fields(client).text("firstName", c.getFirstName()).text("lastName", c.getLastName()).text("nickname", c.getNickname())
                .text("identityCode", h.identityCode).text("phone", c.getPhone()).text("email", c.getEmail())
                .text("address", c.getAddress()).text("municipality", c.getMunicipality())
                .text("language", c.getLanguage().name()).text("interpreterLanguage", c.getInterpreterLanguage());
        if (!c.getClosePerson().isNone()) {
            JsonObjectBuilder close = Json.createObjectBuilder();
            fields(close).text("name", c.getClosePerson().name()).text("relation", c.getClosePerson().relation())
                    .text("phone", c.getClosePerson().phone());
            client.add("closePerson", close);
        }
        fields(client).text("updatedAt", c.getUpdatedAt()).text("anonymisedAt", c.getAnonymisedAt().orElse(null));
        JsonArrayBuilder episodes = Json.createArrayBuilder();
        for (Episode e : h.episodes) {
            JsonObjectBuilder episode = Json.createObjectBuilder().add("id", e.getId());
            fields(episode).text("service", Optional.ofNullable(h.services.get(e.getServiceId())).map(ClientService::getCode).orElse(null))
                    .text("startedOn", e.getStartedOn()).text("currentPhase", e.getCurrentPhase())
                    .text("nextStep", e.getNextStep()).text("nextStepOn", e.getNextStepOn())
                    .text("responsible", e.getResponsiblePersonId().map(h::person).orElse(null))
                    .text("endedOn", e.getEndedOn()).text("endReason", e.getEndReason() == null ? null : e.getEndReason().name());
            episode.add("days", e.days(today));
            episode.add("phases", array(e.phaseDays(today), p -> {
                JsonObjectBuilder phase = Json.createObjectBuilder();
                fields(phase).text("phase", p.phase()).text("from", p.from()).text("until", p.until());
                return phase.add("days", p.days());
            }));
            episode.add("handovers", array(e.getHandovers(), x -> Json.createObjectBuilder()
                    .add("person", h.person(x.personId())).add("on", x.handedOn().toString())));
            episode.add("referralSources", array(h.sources.stream().filter(s -> s.getEpisodeId() == e.getId()).toList(), s -> {
                JsonObjectBuilder source = Json.createObjectBuilder().add("type", s.getType().name()).add("on", s.getReferredOn().toString());
                fields(source).text("organisation", s.getOrganisationId() == null ? null : h.organisation(s.getOrganisationId()))
                        .text("referrer", s.getReferrerName()).text("referrerEmail", s.getReferrerEmail())
                        .text("referrerPhone", s.getReferrerPhone());
                return source;
            }));
            episode.add("handoverMeetings", array(h.meetings.stream().filter(m -> m.getEpisodeId() == e.getId()).toList(), m -> {
                JsonObjectBuilder meeting = Json.createObjectBuilder().add("startsAt", m.getStartsAt().toString())
                        .add("endsAt", m.getEndsAt().toString()).add("participants", array(m.getParticipants(), Json::createValue));
                return fields(meeting).text("place", m.getPlace()).done();
            }));
            episode.add("feedbackToReferrers", array(h.feedback.stream().filter(f -> f.getEpisodeId() == e.getId()).toList(), f -> {
                JsonObjectBuilder feedback = Json.createObjectBuilder().add("phase", f.getPhase()).add("changedOn", f.getChangedOn().toString())
                        .add("recipient", f.getRecipient()).add("recordedAt", f.getRecordedAt().toString());
                return fields(feedback).text("endReason", f.getEndReason()).text("sentAt", f.getSentAt()).done();
            }));
            episodes.add(episode);
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("client", client).add("episodes", episodes)
                .add("consents", array(h.consents, k -> {
                    JsonObjectBuilder consent = Json.createObjectBuilder().add("organisation", h.organisation(k.getOrganisationId()))
                            .add("categories", array(k.categories(), x -> Json.createValue(x.name())))
                            .add("givenOn", k.getGivenOn().toString()).add("method", k.getMethod().name())
                            .add("validUntil", k.getValidUntil().toString());
                    return fields(consent).text("revokedAt", k.getRevokedAt()).done();
                }))
                .add("documents", array(h.documents, d -> Json.createObjectBuilder().add("kind", d.getKind().name())
                        .add("fileName", d.getFileName()).add("contentType", d.getContentType()).add("bytes", d.getSizeBytes())
                        .add("uploadedAt", d.getUploadedAt().toString())))
                .add("accessLog", array(h.log, a -> {
                    var event = a.event();
                    JsonObjectBuilder entry = Json.createObjectBuilder().add("when", a.when().toString()).add("who", event.actor())
                            .add("category", event.category().name()).add("action", event.action().name()).add("channel", event.channel().name());
                    fields(entry).text("organisation", event.organisation()).text("location", event.location())
                            .text("purpose", event.purpose());
                    if (event.emergencyOverride()) {
                        entry.add("emergencyReason", event.overrideReason());
                    }
                    return entry;
                }))
                .add("exportedAt", Instant.now().toString());
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(root.build());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] toPdf(TenantId tenant, Held h, Locale language) {
        ResourceBundle t = ClientsModule.texts(language);
        ResourceBundle kernel = AccessLogs.auditTexts(language);
        Client c = h.client;
        LocalDate today = PortalTime.today();
        ReadablePdf pdf = ReadablePdf.titled(format(t, "clients.subject.title", c.getId()), language)
                .paragraph(format(t, "clients.subject.made", PortalTime.dateTime(Instant.now(), language), h.log.size()))
                .heading(t.getString("clients.subject.identity"))
                .field(t.getString("clients.field.first-name"), c.getFirstName())
                .field(t.getString("clients.field.last-name"), c.getLastName())
                .field(t.getString("clients.field.nickname"), c.getNickname())
                .field(t.getString("clients.field.identity-code"), h.identityCode)
                .field(t.getString("clients.field.phone"), c.getPhone())
                .field(t.getString("clients.field.email"), c.getEmail())
                .field(t.getString("clients.field.address"), c.getAddress())
                .field(t.getString("clients.field.municipality"), c.getMunicipality())
                .field(t.getString("clients.field.language"), label(t, c.getLanguage()))
                .field(t.getString("clients.field.interpreter"), c.getInterpreterLanguage())
                .field(t.getString("clients.card.close-person"), c.getClosePerson().isNone() ? null : c.getClosePerson().summary());
        pdf.heading(t.getString("clients.card.episodes"));
        if (h.episodes.isEmpty()) {
            pdf.paragraph(t.getString("clients.card.no-episodes"));
        }
        for (Episode e : h.episodes) {
            String service = Optional.ofNullable(h.services.get(e.getServiceId())).map(s -> s.getName().in(language)).orElse("?");
            pdf.paragraph(service + ": " + PortalTime.date(e.getStartedOn(), language) + " – "
                    + (e.getEndedOn() == null ? "" : PortalTime.date(e.getEndedOn(), language)) + " ("
                    + format(t, "clients.episode.days", e.days(today)) + ")");
            pdf.field(t.getString("clients.episode.phase"), h.phase(e.getCurrentPhase(), language));
            if (e.isEnded()) {
                pdf.field(t.getString("clients.episode.end-reason"), label(t, e.getEndReason()));
            } else {
                pdf.field(t.getString("clients.episode.next-step"), e.getNextStep() == null ? null
                        : e.getNextStep() + (e.getNextStepOn() == null ? "" : " " + PortalTime.date(e.getNextStepOn(), language)));
                pdf.field(t.getString("clients.episode.responsible"), e.getResponsiblePersonId().map(h::person).orElse(null));
            }
            for (PhaseDays p : e.phaseDays(today)) {
                pdf.item(h.phase(p.phase(), language) + ": " + PortalTime.date(p.from(), language)
                        + (p.until() == null ? "" : " – " + PortalTime.date(p.until(), language)) + ", " + format(t, "clients.episode.days", p.days()));
            }
            e.getHandovers().forEach(x -> pdf.item(t.getString("clients.episode.responsible") + ": " + h.person(x.personId())
                    + " " + PortalTime.date(x.handedOn(), language)));
            h.sources.stream().filter(s -> s.getEpisodeId() == e.getId()).forEach(s -> pdf.item(t.getString("clients.referral.sources")
                    + ": " + label(t, s.getType()) + ", " + PortalTime.date(s.getReferredOn(), language)
                    + (s.getOrganisationId() == null ? "" : ", " + h.organisation(s.getOrganisationId()))
                    + (s.getReferrerName() == null ? "" : ", " + s.getReferrerName())));
            h.meetings.stream().filter(m -> m.getEpisodeId() == e.getId()).forEach(m -> pdf.item(t.getString("clients.handover-meeting.title")
                    + ": " + PortalTime.dateTime(m.getStartsAt(), language) + ", " + String.join(", ", m.getParticipants())));
            h.feedback.stream().filter(f -> f.getEpisodeId() == e.getId()).forEach(f -> pdf.item(t.getString("clients.feedback.title")
                    + ": " + f.getRecipient() + ", " + h.phase(f.getPhase(), language) + " " + PortalTime.date(f.getChangedOn(), language)));
        }
        pdf.heading(t.getString("clients.consent.title"));
        if (h.consents.isEmpty()) {
            pdf.paragraph(t.getString("clients.consent.none"));
        }
        for (Consent k : h.consents) {
            pdf.item(h.organisation(k.getOrganisationId()) + ": " + k.categories().stream().map(x -> AccessLogs.text(kernel, x.labelKey()))
                    .collect(Collectors.joining(", ")) + "; " + PortalTime.date(k.getGivenOn(), language) + " – "
                    + PortalTime.date(k.getValidUntil(), language) + ", " + label(t, k.getMethod())
                    + (k.getRevokedAt() == null ? "" : "; " + t.getString("clients.consent.state.revoked") + " "
                    + PortalTime.dateTime(k.getRevokedAt(), language)));
        }
        pdf.heading(t.getString("clients.card.documents"));
        h.documents.forEach(d -> pdf.item(label(t, d.getKind()) + ": " + d.getFileName() + ", "
                + PortalTime.dateTime(d.getUploadedAt(), language)));
        pdf.heading(t.getString("clients.subject.access-log"));
        logs.lines(tenant, h.log, language).forEach(line -> pdf.item(line.when() + " · " + line.who() + " · " + line.action()
                + ": " + line.what() + " · " + line.through()));
        return pdf.toBytes();
    }

    private static String format(ResourceBundle t, String key, Object... values) {
        return new java.text.MessageFormat(t.getString(key), t.getLocale()).format(values);
    }

    private static String label(ResourceBundle t, Labelled value) {
        return value == null ? null : AccessLogs.text(t, value.labelKey());
    }

    private static <T> JsonArrayBuilder array(Collection<T> items, Function<T, Object> each) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (T item : items) {
            Object value = each.apply(item);
            if (value instanceof JsonObjectBuilder object) {
                array.add(object);
            } else {
                array.add((jakarta.json.JsonValue) value);
            }
        }
        return array;
    }

    private static JsonFields fields(JsonObjectBuilder object) {
        return new JsonFields(object);
    }

    /** Adds fields as text when they have a value: JSON leaves out what the client does not have. */
    private record JsonFields(JsonObjectBuilder object) {
        JsonFields text(String name, Object value) {
            if (value != null) {
                object.add(name, value.toString());
            }
            return this;
        }

        JsonObjectBuilder done() {
            return object;
        }
    }

    /** What the module holds on one client, with the names its ids point to. */
    private record Held(Client client, String identityCode, List<Episode> episodes, List<ReferralSource> sources,
                        List<WarmHandover> meetings, List<ReferrerFeedback> feedback, List<Consent> consents,
                        List<ClientDocument> documents, Map<Long, ClientService> services, Map<String, Phase> phases,
                        Map<Long, Person> people, Map<Long, Organisation> organisations, List<AuditEntry> log) {

        Held withLog(List<AuditEntry> log) {
            return new Held(client, identityCode, episodes, sources, meetings, feedback, consents, documents, services, phases,
                    people, organisations, log);
        }

        String person(long id) {
            return Optional.ofNullable(people.get(id)).map(Person::getName).orElse("#" + id);
        }

        String organisation(long id) {
            return Optional.ofNullable(organisations.get(id)).map(Organisation::getNameFi).orElse("#" + id);
        }

        String phase(String code, Locale language) {
            return Optional.ofNullable(phases.get(code)).map(p -> p.getName().in(language)).orElse(code);
        }
    }
}
