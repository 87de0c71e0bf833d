package fi.kykyverkko.networks.demo;

import fi.kykyverkko.kernel.demo.DemoData;
import fi.kykyverkko.kernel.schema.TenantsReady;
import fi.kykyverkko.networks.NetworksModule;
import fi.kykyverkko.kernel.tenancy.TenantChanged;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.networks.events.EventKind;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.networks.groups.Cadence;
import fi.kykyverkko.networks.groups.GroupKind;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.imports.ImportFormats;
import fi.kykyverkko.kernel.domain.imports.ImportReport;
import fi.kykyverkko.networks.imports.NetworkImport;
import fi.kykyverkko.networks.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads a demo region's network when the region is created or its definition changes, only with
 * {@code kyky.demo-data=true} (the embedded stack): organisations, people and services through the same CSV
 * import people use ({@code demo/networks/<region>/*.csv} in this jar), groups, meetings, tasks and events from
 * {@code networks.json}. Meeting and event dates are relative to today so the demo stays current, and fall on
 * days people meet ({@link DemoCalendar}: meetings on their cadence's days, events and due dates on working days).
 * Rows already there (by code) are updated; groups and events are only added.
 */
@ApplicationScoped
public class NetworksDemoData {

    private static final Logger LOG = Logger.getLogger(NetworksDemoData.class.getName());

    /** The demo files of this jar, read only with {@code kyky.demo-data=true}. */
    @Inject
    DemoData demo;

    @Inject
    NetworkImport importer;

    @Inject
    TenantData data;

    @Inject
    TenantRegistry registry;

    void onTenantChanged(@Observes TenantChanged change) {
        loadIfDemo(change.tenant(), false);
    }

    /** An installation that existed before its demo network did gets it at the next start. */
    void onTenantsReady(@Observes TenantsReady ready) {
        registry.all().forEach(tenant -> loadIfDemo(tenant.tenantId(), true));
    }

    private void loadIfDemo(TenantId tenant, boolean onlyIfEmpty) {
        Optional<byte[]> organisations = file(tenant, "organisations.csv");
        if (organisations.isEmpty()) {
            return; // demo data off, or not a demo region
        }
        try {
            if (onlyIfEmpty && data.call(tenant, em -> em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult()) > 0) {
                return;
            }
            load(tenant);
        } catch (RuntimeException e) {
            // demo data must never stop a region from starting
            LOG.log(Level.WARNING, "Demo network of " + tenant + " could not be loaded", e);
        }
    }

    private Optional<byte[]> file(TenantId tenant, String name) {
        return demo.file(NetworksDemoData.class, NetworksModule.ID, tenant, name);
    }

    /** Loads the region's demo network from this jar's {@code demo/networks/<region>/}. */
    public void load(TenantId tenant) {
        file(tenant, "organisations.csv").ifPresent(csv -> report(tenant, importer.runAsSystem(tenant, ImportFormats.ORGANISATIONS, csv)));
        file(tenant, "people.csv").ifPresent(csv -> report(tenant, importer.runAsSystem(tenant, ImportFormats.PEOPLE, csv)));
        file(tenant, "services.csv").ifPresent(csv -> report(tenant, importer.runAsSystem(tenant, ImportFormats.SERVICES, csv)));
        Optional<byte[]> json = file(tenant, "networks.json");
        if (json.isPresent()) {
            JsonObject network = Json.createReader(new StringReader(new String(json.get(), java.nio.charset.StandardCharsets.UTF_8))).readObject();
            data.run(tenant, em -> {
                network.getJsonArray("groups").forEach(g -> group(em, g.asJsonObject()));
                network.getJsonArray("events").forEach(e -> event(em, e.asJsonObject()));
            });
        }
        LOG.info(() -> "Demo network of " + tenant + " loaded");
    }

    private static void report(TenantId tenant, ImportReport report) {
        if (!report.problems().isEmpty()) {
            LOG.warning(() -> "Demo " + report.format() + " of " + tenant + ": " + report.problems());
        }
    }

    private static void group(EntityManager em, JsonObject json) {
        String code = json.getString("code");
        if (TenantStore.byCode(em, NetworkGroup.class, code).isPresent()) {
            return;
        }
        LocalDate today = PortalTime.today();
        NetworkGroup group = new NetworkGroup();
        group.setCode(code);
        group.setName(json.getString("name"));
        group.setKind(GroupKind.valueOf(json.getString("kind")));
        group.setPurpose(json.getString("purpose", null));
        group.setCadence(json.isNull("cadence") ? null : Cadence.parse(json.getString("cadence")));
        group.setConvener(json.isNull("convener") ? null : person(em, json.getString("convener")));
        group.setStartedOn(today.minusYears(1));
        Set<Person> members = new HashSet<>();
        for (JsonString m : json.getJsonArray("members").getValuesAs(JsonString.class)) {
            Person p = person(em, m.getString());
            if (p != null) {
                members.add(p);
            }
        }
        group.setMembers(members);
        group.touch("system", Instant.now());
        em.persist(group);
        em.flush();
        for (JsonValue occurrence : json.getJsonArray("meetings")) {
            LocalDate day = DemoCalendar.meeting(group.getCadence(), today, ((JsonNumber) occurrence).intValue());
            Meeting meeting = new Meeting(group.getId());
            meeting.setStartsAt(PortalTime.instant(day.atTime(13, 0)));
            meeting.setEndsAt(PortalTime.instant(day.atTime(14, 30)));
            meeting.setPlace("Kokoushuone / Teams");
            meeting.setAgenda("1. Avaus\n2. Edellisen kokouksen muistio\n3. Ajankohtaiset\n4. Tehtävät ja vastuut\n5. Seuraava kokous");
            if (day.isBefore(today)) {
                meeting.setStatus(MeetingStatus.HELD);
                meeting.setMinutes("Käytiin läpi ajankohtaiset ja sovittiin tehtävät.");
            }
            meeting.touch("system", Instant.now());
            em.persist(meeting);
        }
        for (JsonValue t : json.getJsonArray("tasks")) {
            JsonArray task = t.asJsonArray();
            GroupTask groupTask = new GroupTask(group.getId());
            groupTask.setTitle(task.getString(0));
            groupTask.setDueOn(DemoCalendar.due(today, task.getInt(1)));
            groupTask.setOwner(person(em, task.getString(2)));
            groupTask.touch("system", Instant.now());
            em.persist(groupTask);
        }
    }

    private static void event(EntityManager em, JsonObject json) {
        String code = json.getString("code");
        if (TenantStore.byCode(em, NetworkEvent.class, code).isPresent()) {
            return;
        }
        LocalDate day = DemoCalendar.event(PortalTime.today(), json.getInt("week"), java.time.DayOfWeek.valueOf(json.getString("day")));
        NetworkEvent event = new NetworkEvent();
        event.setCode(code);
        event.setTitle(json.getString("title"));
        event.setKind(EventKind.valueOf(json.getString("kind")));
        event.setStartsAt(PortalTime.instant(day.atTime(9, 0)));
        event.setEndsAt(PortalTime.instant(day.atTime(11, 0)));
        event.setPlace(json.getString("place", ""));
        event.setOnlineLink(json.getString("online", ""));
        event.setAudience("Alueen ammattilaiset ja verkoston jäsenet");
        event.setParticipantCount(json.isNull("participants") ? null : json.getInt("participants"));
        event.setRegistrationOpen(json.getBoolean("registrationOpen", false));
        event.setCapacity(json.containsKey("capacity") ? json.getInt("capacity") : null);
        event.touch("system", Instant.now());
        em.persist(event);
    }

    private static Person person(EntityManager em, String code) {
        return TenantStore.byCode(em, Person.class, code).orElse(null);
    }
}
