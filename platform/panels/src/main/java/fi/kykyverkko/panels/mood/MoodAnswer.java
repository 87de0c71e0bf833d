package fi.kykyverkko.panels.mood;

import fi.kykyverkko.kernel.domain.TenantRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One anonymous answer to the mood feedback (one tap sequence on the kiosk): a random id, the meeting, the instrument's
 * version and the three smiley values. Nothing else: no member, link, user or time, so no answer can be tied to a
 * person, nor to the order in which people answered.
 */
@Entity
@Table(name = "panel_mood_answer")
public class MoodAnswer extends TenantRow {

    @Id
    private String id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "instrument_code", nullable = false)
    private String instrumentCode;

    @Column(name = "instrument_version", nullable = false)
    private int instrumentVersion;

    @Column(name = "meeting_value")
    private Integer meetingValue;

    @Column(name = "heard_value")
    private Integer heardValue;

    @Column(name = "again_value")
    private Integer againValue;

    protected MoodAnswer() {
    }

    MoodAnswer(long meetingId, String instrumentCode, int instrumentVersion, Integer meeting, Integer heard, Integer again) {
        this.id = UUID.randomUUID().toString();
        this.meetingId = meetingId;
        this.instrumentCode = instrumentCode;
        this.instrumentVersion = instrumentVersion;
        this.meetingValue = meeting;
        this.heardValue = heard;
        this.againValue = again;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Integer value(String item) {
        return switch (item) {
            case "meeting" -> meetingValue;
            case "heard" -> heardValue;
            case "again" -> againValue;
            default -> throw new IllegalArgumentException(item);
        };
    }
}
