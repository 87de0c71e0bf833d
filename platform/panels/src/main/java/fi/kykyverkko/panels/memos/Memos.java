package fi.kykyverkko.panels.memos;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.guard.Finding;
import fi.kykyverkko.kernel.guard.IdentityGuard;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.panels.PanelRoles;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.panels.panel.Panels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Meeting memos: staff write the draft and add flipchart photos (cleaned of every metadata by {@link PhotoCleaner}),
 * open it for the members' comments, and the facilitator publishes it. Staff methods check {@link PanelRoles};
 * the member methods are called by the member page after their personal link resolved, and check that the member is
 * of the memo's panel and has not left. Everything through {@link TenantData}: a region reaches its own rows only.
 */
@ApplicationScoped
public class Memos {

    /** Who publishes: the panel's facilitators (and the region's admins, who stand in for them). */
    public static final Set<String> PUBLISHERS = Set.of(Roles.PANEL_FACILITATOR, Roles.TENANT_ADMIN);

    /** What a memo shows of a photo without loading its bytes. */
    public record PhotoInfo(long id, String fileName, int width, int height) {
    }

    @Inject
    TenantData data;

    @Inject
    IdentityGuard guard;

    @Inject
    Panels panels;

    // ---- staff

    public Optional<MeetingMemo> memo(TenantId tenant, PortalUser staff, long meetingId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> find(em, meetingId));
    }

    /** Writes the memo's text (the memo is made on the first save). */
    public MeetingMemo write(TenantId tenant, PortalUser staff, long meetingId, String text) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> {
            MeetingMemo memo = findOrMake(em, meetingId);
            memo.write(text);
            return TenantStore.write(em, staff.username(), memo);
        });
    }

    /** Cleans and stores a photo; the upload's own bytes are not kept. Refused once the memo is final. */
    public PhotoInfo addPhoto(TenantId tenant, PortalUser staff, long meetingId, String fileName, byte[] upload) {
        PanelRoles.requireStaff(staff, tenant);
        PhotoCleaner.Cleaned clean = PhotoCleaner.clean(upload); // before the transaction: decoding takes a moment
        return data.call(tenant, em -> {
            MeetingMemo memo = findOrMake(em, meetingId);
            memo.requireChangeable();
            if (memo.getId() == null) {
                TenantStore.write(em, staff.username(), memo);
            }
            MemoPhoto photo = new MemoPhoto(memo.getId(), fileName, clean, staff.username(), Instant.now());
            em.persist(photo);
            em.flush();
            return new PhotoInfo(photo.getId(), photo.getFileName(), photo.getWidth(), photo.getHeight());
        });
    }

    public void removePhoto(TenantId tenant, PortalUser staff, long photoId) {
        PanelRoles.requireStaff(staff, tenant);
        data.run(tenant, em -> {
            MemoPhoto photo = em.find(MemoPhoto.class, photoId);
            if (photo == null) {
                return;
            }
            em.find(MeetingMemo.class, photo.getMemoId()).requireChangeable();
            em.remove(photo);
        });
    }

    public List<PhotoInfo> photos(TenantId tenant, PortalUser staff, long meetingId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> find(em, meetingId).map(m -> photoInfos(em, m.getId())).orElse(List.of()));
    }

    /** A photo's JPEG (or its thumbnail) for staff of this region. */
    public Optional<byte[]> photo(TenantId tenant, PortalUser staff, long photoId, boolean thumbnail) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> Optional.ofNullable(em.find(MemoPhoto.class, photoId))
                .map(p -> thumbnail ? p.getThumbnail() : p.getContent()));
    }

    /**
     * Opens the memo for the members' comments and tells the panel's current members who agreed to e-mail, with a fresh
     * link to their page, in the same transaction (a refused opening mails no one). The others see it on their page.
     */
    public MeetingMemo openForComments(TenantId tenant, PortalUser staff, long meetingId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> {
            MeetingMemo memo = find(em, meetingId).orElseGet(() -> findOrMake(em, meetingId));
            memo.openForComments(Instant.now());
            MeetingMemo written = TenantStore.write(em, staff.username(), memo);
            tellMembers(em, tenant, staff.username(), em.find(PanelMeeting.class, meetingId));
            return written;
        });
    }

    private void tellMembers(EntityManager em, TenantId tenant, String actor, PanelMeeting meeting) {
        String panelName = em.find(fi.kykyverkko.panels.panel.CustomerPanel.class, meeting.getPanelId()).getName();
        List<Panelist> members = em.createQuery("SELECT m FROM Panelist m WHERE m.panelId = :p AND m.leftOn IS NULL ORDER BY m.id", Panelist.class)
                .setParameter("p", meeting.getPanelId()).getResultList();
        String day = PortalTime.date(PortalTime.date(meeting.getStartsAt()), null); // d.M.yyyy in every language
        for (Panelist member : members) {
            if (member.mayBeEmailed()) {
                panels.mailMember(tenant, actor, member, "panels.memo-open", panels.issueLink(tenant, actor, member), panelName, day);
            }
        }
    }

    /** The facilitator publishes: the memo becomes final and members see it on their page. */
    public MeetingMemo publish(TenantId tenant, PortalUser staff, long meetingId) {
        PanelRoles.requireStaff(staff, tenant);
        if (!staff.hasAnyRole(tenant, PUBLISHERS)) {
            throw new SecurityException(staff.username() + " may not publish memos in " + tenant);
        }
        return data.call(tenant, em -> {
            MeetingMemo memo = find(em, meetingId).orElseThrow(() -> new IllegalArgumentException("no memo of meeting " + meetingId));
            memo.publish(staff.username(), Instant.now());
            return TenantStore.write(em, staff.username(), memo);
        });
    }

    public static boolean mayPublish(PortalUser user, TenantId tenant) {
        return user.hasAnyRole(tenant, PUBLISHERS);
    }

    /** The members' comments on the memo, oldest first. */
    public List<MemoComment> comments(TenantId tenant, PortalUser staff, long meetingId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> find(em, meetingId).map(m -> commentsOf(em, m.getId(), null)).orElse(List.of()));
    }

    // ---- members (the personal link is the credential)

    /** The memos the member's panel shows them: open for comments or final, the newest meeting first. */
    public List<MeetingMemo> forMember(TenantId tenant, long memberId) {
        return data.call(tenant, em -> {
            Panelist member = em.find(Panelist.class, memberId);
            if (member == null || member.getLeftOn() != null) {
                return List.of();
            }
            // two plain queries: EclipseLink refuses a cross join on an id column (see Panels' outcomes)
            java.util.Map<Long, Instant> starts = new java.util.HashMap<>();
            for (PanelMeeting g : em.createQuery("SELECT g FROM PanelMeeting g WHERE g.panelId = :p", PanelMeeting.class)
                    .setParameter("p", member.getPanelId()).getResultList()) {
                starts.put(g.getId(), g.getStartsAt());
            }
            return em.createQuery("SELECT m FROM MeetingMemo m WHERE m.panelId = :p AND m.state <> :draft", MeetingMemo.class)
                    .setParameter("p", member.getPanelId()).setParameter("draft", MemoState.DRAFT).getResultList().stream()
                    .sorted(java.util.Comparator.comparing((MeetingMemo m) -> starts.getOrDefault(m.getMeetingId(), Instant.EPOCH)).reversed())
                    .toList();
        });
    }

    public List<PhotoInfo> photosForMember(TenantId tenant, long memberId, long memoId) {
        return data.call(tenant, em -> shownTo(em, memberId, memoId).map(m -> photoInfos(em, m.getId())).orElse(List.of()));
    }

    /** The member's own comments on a memo, to show them it arrived. */
    public List<MemoComment> ownComments(TenantId tenant, long memberId, long memoId) {
        return data.call(tenant, em -> shownTo(em, memberId, memoId).map(m -> commentsOf(em, m.getId(), memberId)).orElse(List.of()));
    }

    /** A photo for a member: only of a memo of their panel that is shown to members. */
    public Optional<byte[]> photoForMember(TenantId tenant, long memberId, long photoId, boolean thumbnail) {
        return data.call(tenant, em -> Optional.ofNullable(em.find(MemoPhoto.class, photoId))
                .filter(p -> shownTo(em, memberId, p.getMemoId()).isPresent())
                .map(p -> thumbnail ? p.getThumbnail() : p.getContent()));
    }

    /**
     * A member's comment from their page: the memo must be of their panel and open for comments; the text 1–2000
     * characters without an identity code (the kernel's guard). The form's submission key makes a retry store it once.
     */
    public MemoComment comment(TenantId tenant, long memberId, long memoId, String submissionKey, String text) {
        String clean = Problems.clean(text);
        // the member page's own keys (panels bundle, plain Finnish too), not the kernel's validation texts
        Problems problems = new Problems();
        if (clean == null) {
            problems.add("comment", "panels.memo.comment.required");
        } else if (clean.codePointCount(0, clean.length()) > MemoComment.MAX_TEXT) {
            problems.add("comment", "panels.memo.comment.too-long", MemoComment.MAX_TEXT);
        }
        if (clean != null && guard.check(tenant, clean).stream().anyMatch(f -> f.kind() == Finding.Kind.IDENTITY_CODE)) {
            problems.add("comment", "panels.memo.comment.identity-code");
        }
        problems.throwIfAny();
        String key = fi.kykyverkko.panels.member.MemberPost.isKey(submissionKey) ? submissionKey : fi.kykyverkko.panels.member.MemberPost.newKey();
        return data.call(tenant, em -> {
            Optional<MemoComment> earlier = em.createQuery("SELECT c FROM MemoComment c WHERE c.submissionKey = :k", MemoComment.class)
                    .setParameter("k", key).getResultStream().findFirst();
            if (earlier.isPresent() && earlier.get().getMemberId() == memberId) {
                return earlier.get();
            }
            MeetingMemo memo = shownTo(em, memberId, memoId).orElseThrow(() -> new IllegalArgumentException("no memo " + memoId + " for the member"));
            if (!memo.acceptsComments()) {
                Problems.refuse("comment", "panels.memo.comment.closed");
            }
            MemoComment comment = new MemoComment(memo.getId(), memberId, clean, Instant.now(), earlier.isPresent() ? fi.kykyverkko.panels.member.MemberPost.newKey() : key);
            em.persist(comment);
            return comment;
        });
    }

    // ---- shared

    private static Optional<MeetingMemo> find(EntityManager em, long meetingId) {
        return em.createQuery("SELECT m FROM MeetingMemo m WHERE m.meetingId = :m", MeetingMemo.class).setParameter("m", meetingId)
                .getResultStream().findFirst();
    }

    private static MeetingMemo findOrMake(EntityManager em, long meetingId) {
        return find(em, meetingId).orElseGet(() -> {
            PanelMeeting meeting = em.find(PanelMeeting.class, meetingId);
            if (meeting == null) {
                throw new IllegalArgumentException("no meeting " + meetingId);
            }
            if (meeting.getStatus() == MeetingStatus.CANCELLED) {
                Problems.refuse("meeting", "panels.meeting.cancelled");
            }
            return new MeetingMemo(meeting.getPanelId(), meetingId);
        });
    }

    /** The memo if the member may see it: a member who has not left, of the memo's panel, and the memo not a draft. */
    private static Optional<MeetingMemo> shownTo(EntityManager em, long memberId, long memoId) {
        Panelist member = em.find(Panelist.class, memberId);
        MeetingMemo memo = em.find(MeetingMemo.class, memoId);
        if (member == null || memo == null || member.getLeftOn() != null || member.getPanelId() != memo.getPanelId() || !memo.shownToMembers()) {
            return Optional.empty();
        }
        return Optional.of(memo);
    }

    private static List<PhotoInfo> photoInfos(EntityManager em, long memoId) {
        return em.createQuery("SELECT p.id, p.fileName, p.width, p.height FROM MemoPhoto p WHERE p.memoId = :m ORDER BY p.id", Object[].class)
                .setParameter("m", memoId).getResultList().stream()
                .map(r -> new PhotoInfo(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
    }

    private static List<MemoComment> commentsOf(EntityManager em, long memoId, Long memberId) {
        return em.createQuery("SELECT c FROM MemoComment c WHERE c.memoId = :m ORDER BY c.at, c.id", MemoComment.class).setParameter("m", memoId)
                .getResultList().stream().filter(c -> memberId == null || c.getMemberId() == memberId).toList();
    }
}
