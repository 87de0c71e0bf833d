package fi.kykyverkko.panels.mood;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.panel.Panelist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The mood feedback on a member's own phone, from their page: the same three questions and the same anonymous
 * {@link MoodAnswer} row as the kiosk's. Once per member and meeting, kept by a {@link MoodMarker} (member,
 * meeting, a random id) written in the same transaction; the marker names no answer and the answer no member.
 *
 * <p>Open from the start of the meeting's day until the end of the {@value #DAYS_AFTER}th day after it (Helsinki
 * time): at the meeting, or at home the same week, while it is still remembered. Not for a cancelled meeting, nor
 * for a member who had left by then.
 */
@ApplicationScoped
public class OwnMood {

    public static final int DAYS_AFTER = 7;

    @Inject
    TenantData data;

    @Inject
    fi.kykyverkko.shell.live.LiveHub live;

    /** Whether {@code at} is within the window of a meeting held (or to be held) on {@code day}. */
    public static boolean open(LocalDate day, Instant at) {
        return !at.isBefore(PortalTime.startOf(day)) && at.isBefore(PortalTime.startOf(day.plusDays(DAYS_AFTER + 1)));
    }

    /** The meeting of the member's panel whose feedback window is open now (the latest one), if any. */
    public Optional<PanelMeeting> meetingFor(TenantId tenant, Panelist member, Instant now) {
        if (member.getLeftOn() != null) {
            return Optional.empty();
        }
        return data.call(tenant, em -> em.createQuery("SELECT m FROM PanelMeeting m WHERE m.panelId = :p AND m.status <> :c", PanelMeeting.class)
                .setParameter("p", member.getPanelId()).setParameter("c", MeetingStatus.CANCELLED).getResultList().stream()
                .filter(m -> open(PortalTime.date(m.getStartsAt()), now))
                .max(Comparator.comparing(PanelMeeting::getStartsAt)));
    }

    public boolean hasAnswered(TenantId tenant, long memberId, long meetingId) {
        return data.call(tenant, em -> answered(em, memberId, meetingId));
    }

    /**
     * Stores the member's answer and that they answered. Refused: a question unanswered ({@code panels.mood.answer-required}),
     * outside the window or for another panel's meeting ({@code panels.mood.own.closed}), already answered
     * ({@code panels.mood.own.already}). Two posts at once: the marker's unique key fails the second transaction
     * whole, so its answer is not stored either.
     */
    public void record(TenantId tenant, long memberId, long meetingId, Map<String, Integer> answers, Instant now) {
        Problems problems = new Problems();
        for (String item : MoodResults.ITEMS) {
            Integer value = answers.get(item);
            if (value == null || value < 1 || value > 3) {
                problems.add(item, "panels.mood.answer-required");
            }
        }
        problems.throwIfAny();
        data.run(tenant, em -> {
            Panelist member = em.find(Panelist.class, memberId);
            PanelMeeting meeting = em.find(PanelMeeting.class, meetingId);
            if (member == null || meeting == null || member.getLeftOn() != null || member.getPanelId() != meeting.getPanelId()
                    || meeting.getStatus() == MeetingStatus.CANCELLED || !open(PortalTime.date(meeting.getStartsAt()), now)) {
                Problems.refuse("meeting", "panels.mood.own.closed");
            }
            if (answered(em, memberId, meetingId)) {
                Problems.refuse("meeting", "panels.mood.own.already");
            }
            em.persist(new MoodMarker(meetingId, memberId));
            em.persist(new MoodAnswer(meetingId, MoodFeedback.instrument().code(), MoodFeedback.instrument().version(),
                    answers.get("meeting"), answers.get("heard"), answers.get("again")));
            // the facilitator's results and the trend follow it live (told once committed)
            live.publish(fi.kykyverkko.panels.panel.PanelChange.of(tenant, meeting.getPanelId()), fi.kykyverkko.panels.panel.PanelChange.MOOD.name());
        });
    }

    private static boolean answered(EntityManager em, long memberId, long meetingId) {
        return em.createQuery("SELECT COUNT(k) FROM MoodMarker k WHERE k.meetingId = :g AND k.memberId = :m", Long.class)
                .setParameter("g", meetingId).setParameter("m", memberId).getSingleResult() > 0;
    }
}
