package fi.kykyverkko.clients.referrals;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.domain.TextListConverter;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The three-party warm handover (lämmin saattaen siirto): the client, the referrer and the receiving worker meet
 * before the episode starts in earnest. Recorded with its time, place and participants; the invitation, an
 * {@code .ics} file ({@code Referrals.invitation}), is e-mailed to every participant with an address.
 */
@Entity
@Table(name = "warm_handover")
public class WarmHandover extends Stamped {

    static final int PLACE_MAX = 300;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private String place;

    /** Participants as "name <e-mail>" or a name alone, one per entry. */
    @Convert(converter = TextListConverter.class)
    @Column(nullable = false)
    private List<String> participants = new ArrayList<>();

    /** How many participants the invitation was e-mailed to. */
    @Column(nullable = false)
    private int invited;

    protected WarmHandover() {
        // for JPA
    }

    /** A handover meeting of the episode from {@code startsAt} to {@code endsAt} at {@code place}, at least two people. */
    public static WarmHandover plan(long episodeId, Instant startsAt, Instant endsAt, String place, List<String> participants) {
        List<String> people = participants == null ? List.of()
                : participants.stream().map(Problems::clean).filter(p -> p != null).toList();
        Problems problems = new Problems().required("startsAt", startsAt).required("endsAt", endsAt)
                .maxLength("place", Problems.clean(place), PLACE_MAX);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add("endsAt", "clients.handover-meeting.ends-before-start");
        }
        if (people.size() < 2) {
            problems.add("participants", "clients.handover-meeting.participants");
        }
        problems.throwIfAny();
        WarmHandover meeting = new WarmHandover();
        meeting.episodeId = episodeId;
        meeting.startsAt = startsAt;
        meeting.endsAt = endsAt;
        meeting.place = Problems.clean(place);
        meeting.participants = new ArrayList<>(people);
        return meeting;
    }

    void invitationSentTo(int participants) {
        invited = participants;
    }

    public int getInvited() {
        return invited;
    }

    /** A participant written as "Name &lt;address&gt;" (the name may be empty): whom the invitation names and reaches. */
    public record Addressed(String name, String address) {
    }

    private static final java.util.regex.Pattern NAMED_ADDRESS = java.util.regex.Pattern.compile("(.*?)\\s*<([^>]+)>\\s*");

    /** The participants written with an address, in their order; a name alone is left out. */
    public List<Addressed> addressedParticipants() {
        List<Addressed> addressed = new ArrayList<>();
        for (String participant : participants) {
            java.util.regex.Matcher named = NAMED_ADDRESS.matcher(participant);
            if (named.matches()) {
                addressed.add(new Addressed(named.group(1).isBlank() ? null : named.group(1).strip(), named.group(2).strip()));
            }
        }
        return addressed;
    }

    /** Clears who took part and where, for the retention job: the list names the client. */
    public void forgetParticipants() {
        participants = new ArrayList<>();
        place = null;
    }

    @Override
    public Problems check() {
        return new Problems().required("startsAt", startsAt).required("endsAt", endsAt).maxLength("place", place, PLACE_MAX);
    }

    public long getEpisodeId() { return episodeId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getPlace() { return place; }
    public List<String> getParticipants() { return List.copyOf(participants); }
}
