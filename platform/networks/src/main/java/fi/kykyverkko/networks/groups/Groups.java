package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.kernel.domain.TenantStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Network groups, their meetings, tasks and attachments, and whether each keeps its cadence. */
@ApplicationScoped
public class Groups {

    @Inject
    TenantData data;

    private TenantStore<NetworkGroup> store;

    @PostConstruct
    void init() {
        store = new TenantStore<>(data, NetworkGroup.class);
    }

    /** Every group with its activity as of today; quiet groups first, then by name. */
    public List<GroupSummary> overview(TenantId tenant) {
        Instant now = Instant.now();
        return data.call(tenant, em -> {
            Map<Long, LocalDate> lastHeld = new HashMap<>();
            Map<Long, LocalDate> nextPlanned = new HashMap<>();
            Map<Long, Long> openTasks = new HashMap<>();
            // a past meeting that was not cancelled counts as held even if nobody marked it: it took place.
            // (Folded here rather than with MAX/MIN in JPQL: EclipseLink skips the Instant converter on aggregates.)
            // only the three columns needed, not the meetings' agendas and minutes
            for (Object[] m : em.createQuery("SELECT m.groupId, m.span.startsAt, m.status FROM Meeting m WHERE m.status <> :cancelled", Object[].class)
                    .setParameter("cancelled", MeetingStatus.CANCELLED).getResultList()) {
                long group = (Long) m[0];
                Instant start = (Instant) m[1];
                LocalDate day = PortalTime.date(start);
                if (!start.isAfter(now)) {
                    lastHeld.merge(group, day, (a, b) -> a.isAfter(b) ? a : b);
                } else if (m[2] == MeetingStatus.PLANNED) {
                    nextPlanned.merge(group, day, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            em.createQuery("SELECT t.groupId, COUNT(t) FROM GroupTask t WHERE t.status <> :done GROUP BY t.groupId", Object[].class)
                    .setParameter("done", TaskStatus.DONE).getResultList()
                    .forEach(row -> openTasks.put((Long) row[0], (Long) row[1]));
            LocalDate today = PortalTime.today();
            return em.createQuery("SELECT g FROM NetworkGroup g", NetworkGroup.class).getResultList().stream()
                    .map(g -> new GroupSummary(g, g.isActive()
                            ? GroupActivity.of(g.getCadence(), g.getStartedOn(), lastHeld.get(g.getId()), nextPlanned.get(g.getId()), today)
                            : GroupActivity.of(null, g.getStartedOn(), lastHeld.get(g.getId()), null, today),
                            openTasks.getOrDefault(g.getId(), 0L)))
                    .sorted(Comparator.comparing((GroupSummary s) -> !s.activity().quiet())
                            .thenComparing(s -> s.group().getName(), fi.kykyverkko.kernel.domain.FinnishCollation.ORDER))
                    .toList();
        });
    }

    public List<GroupSummary> quiet(TenantId tenant) {
        return overview(tenant).stream().filter(s -> s.activity().quiet()).toList();
    }

    public Optional<GroupSummary> summary(TenantId tenant, long id) {
        return overview(tenant).stream().filter(s -> s.group().getId() == id).findFirst();
    }

    public Optional<NetworkGroup> find(TenantId tenant, long id) {
        return store.find(tenant, id);
    }

    public Optional<NetworkGroup> byCode(TenantId tenant, String code) {
        return store.byCode(tenant, code);
    }

    /** Staff run every group; a convener runs their own. */
    public boolean canManage(PortalUser user, TenantId tenant, NetworkGroup group) {
        if (NetworkAccess.canEditAll(user, tenant)) {
            return true;
        }
        return group.getId() != null && find(tenant, group.getId()).map(stored -> stored.isConvenedBy(user.username())).orElse(false);
    }

    public NetworkGroup save(TenantId tenant, PortalUser actor, NetworkGroup group) {
        NetworkAccess.require(group.getId() == null ? NetworkAccess.canEditAll(actor, tenant) : canManage(actor, tenant, group));
        return store.save(tenant, actor.username(), group);
    }

    public List<Meeting> meetings(TenantId tenant, long groupId) {
        return data.call(tenant, em -> em.createQuery("SELECT m FROM Meeting m WHERE m.groupId = :g ORDER BY m.span.startsAt DESC", Meeting.class)
                .setParameter("g", groupId).getResultList());
    }

    public Optional<Meeting> meeting(TenantId tenant, long meetingId) {
        return Optional.ofNullable(data.call(tenant, em -> em.find(Meeting.class, meetingId)));
    }

    public Meeting saveMeeting(TenantId tenant, PortalUser actor, Meeting meeting) {
        NetworkGroup group = find(tenant, meeting.getGroupId()).orElseThrow();
        NetworkAccess.require(canManage(actor, tenant, group));
        meeting.check().throwIfAny();
        meeting.announceChange(); // a saved change replaces the invitation people have
        return data.call(tenant, em -> TenantStore.write(em, actor.username(), meeting));
    }

    public List<GroupTask> tasks(TenantId tenant, long groupId) {
        return data.call(tenant, em -> em.createQuery("SELECT t FROM GroupTask t WHERE t.groupId = :g ORDER BY t.status, t.dueOn", GroupTask.class)
                .setParameter("g", groupId).getResultList());
    }

    /** Open tasks owned by a portal user (through their person record), in every group. */
    public List<GroupTask> openTasksOf(TenantId tenant, String username) {
        return data.call(tenant, em -> em.createQuery(
                "SELECT t FROM GroupTask t WHERE t.owner.username = :u AND t.status <> :done ORDER BY t.dueOn", GroupTask.class)
                .setParameter("u", username).setParameter("done", TaskStatus.DONE).getResultList());
    }

    public GroupTask saveTask(TenantId tenant, PortalUser actor, GroupTask task) {
        NetworkGroup group = find(tenant, task.getGroupId()).orElseThrow();
        boolean owner = task.getId() != null && task.getOwner() != null && actor.username().equals(task.getOwner().getUsername());
        NetworkAccess.require(canManage(actor, tenant, group) || owner);
        return data.call(tenant, em -> TenantStore.write(em, actor.username(), task));
    }

    public List<AttachmentInfo> attachments(TenantId tenant, long meetingId) {
        return data.call(tenant, em -> em.createQuery(
                "SELECT NEW fi.kykyverkko.networks.groups.AttachmentInfo(a.id, a.meetingId, a.fileName, a.contentType, a.sizeBytes, a.uploadedAt)"
                        + " FROM MeetingAttachment a WHERE a.meetingId = :m ORDER BY a.uploadedAt", AttachmentInfo.class)
                .setParameter("m", meetingId).getResultList());
    }

    public AttachmentInfo attach(TenantId tenant, PortalUser actor, long meetingId, String fileName, String contentType, byte[] content) {
        Meeting meeting = meeting(tenant, meetingId).orElseThrow();
        NetworkAccess.require(canManage(actor, tenant, find(tenant, meeting.getGroupId()).orElseThrow()));
        return data.call(tenant, em -> {
            MeetingAttachment attachment = new MeetingAttachment(meetingId, fileName, contentType, content, actor.username(), Instant.now());
            em.persist(attachment);
            em.flush();
            return new AttachmentInfo(attachment.getId(), meetingId, attachment.getFileName(), attachment.getContentType(),
                    attachment.getSizeBytes(), attachment.getUploadedAt());
        });
    }

    public Optional<MeetingAttachment> attachment(TenantId tenant, long attachmentId) {
        return Optional.ofNullable(data.call(tenant, em -> {
            MeetingAttachment a = em.find(MeetingAttachment.class, attachmentId);
            if (a != null) {
                a.getContent(); // load the lazy content inside the transaction
            }
            return a;
        }));
    }
}
