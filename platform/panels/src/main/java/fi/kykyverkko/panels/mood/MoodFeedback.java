package fi.kykyverkko.panels.mood;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.panels.PanelRoles;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.Item;
import fi.kykyverkko.surveys.instruments.ItemType;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import fi.kykyverkko.panels.panel.PanelChange;
import fi.kykyverkko.shell.live.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The anonymous mood feedback of a meeting, on the surveys module's shipped {@code panel-mood} instrument (its three
 * {@code SMILEYS_3} questions; its optional free text is not asked on the kiosk, since a sentence can tell who wrote
 * it). The kiosk is a staff device passed round the room: no member's link is used, and what is stored is
 * {@link MoodAnswer}, without identity.
 */
@ApplicationScoped
public class MoodFeedback {

    public static final String INSTRUMENT = "instruments/panel-mood.json";

    private static volatile InstrumentDefinition definition;

    @Inject
    TenantData data;

    @Inject
    LiveHub live;

    /** The instrument (read once): its texts are the kiosk's questions. */
    public static InstrumentDefinition instrument() {
        if (definition == null) {
            definition = ShippedInstruments.load(INSTRUMENT);
        }
        return definition;
    }

    /** The three smiley questions of the instrument, in its order. */
    public static List<Item> questions() {
        return instrument().items().stream().filter(i -> i.type() == ItemType.SMILEYS_3).toList();
    }

    /**
     * Stores one tap sequence: every question answered 1–3 (the kiosk asks all three). Refused for a cancelled
     * meeting; taken while it is planned or just held (answers come at the end).
     */
    public void record(TenantId tenant, PortalUser staff, long meetingId, Map<String, Integer> answers) {
        PanelRoles.requireStaff(staff, tenant);
        Problems problems = new Problems();
        for (Item item : questions()) {
            Integer value = answers.get(item.id());
            if (value == null || value < 1 || value > 3) {
                problems.add(item.id(), "panels.mood.answer-required");
            }
        }
        problems.throwIfAny();
        data.run(tenant, em -> {
            PanelMeeting meeting = em.find(PanelMeeting.class, meetingId);
            if (meeting == null) {
                throw new IllegalArgumentException("no meeting " + meetingId);
            }
            if (meeting.getStatus() == MeetingStatus.CANCELLED) {
                Problems.refuse("meeting", "panels.meeting.cancelled");
            }
            em.persist(new MoodAnswer(meetingId, instrument().code(), instrument().version(), answers.get("meeting"), answers.get("heard"),
                    answers.get("again")));
            live.publish(PanelChange.of(tenant, meeting.getPanelId()), PanelChange.MOOD.name());
        });
    }

    public MoodResults results(TenantId tenant, long meetingId) {
        List<MoodAnswer> rows = data.call(tenant, em -> em.createQuery("SELECT a FROM MoodAnswer a WHERE a.meetingId = :m", MoodAnswer.class)
                .setParameter("m", meetingId).getResultList());
        return count(meetingId, rows);
    }

    /** The results of every meeting of {@code panelId} that has answers, by meeting id (one query: the trend). */
    public Map<Long, MoodResults> resultsOfPanel(TenantId tenant, long panelId) {
        List<MoodAnswer> rows = data.call(tenant, em -> em.createQuery("SELECT a FROM MoodAnswer a WHERE a.meetingId IN "
                + "(SELECT m.id FROM PanelMeeting m WHERE m.panelId = :p)", MoodAnswer.class).setParameter("p", panelId).getResultList());
        Map<Long, MoodResults> results = new LinkedHashMap<>();
        rows.stream().collect(java.util.stream.Collectors.groupingBy(MoodAnswer::getMeetingId))
                .forEach((meeting, answers) -> results.put(meeting, count(meeting, answers)));
        return results;
    }

    static MoodResults count(long meetingId, List<MoodAnswer> rows) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String item : MoodResults.ITEMS) {
            int[] c = new int[3];
            for (MoodAnswer a : rows) {
                Integer v = a.value(item);
                if (v != null) {
                    c[v - 1]++;
                }
            }
            counts.put(item, c);
        }
        return new MoodResults(meetingId, rows.size(), counts);
    }
}
