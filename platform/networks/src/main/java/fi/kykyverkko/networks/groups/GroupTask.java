package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.networks.people.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A task a group agreed on: who does it, by when, and where it stands. */
@Entity
@Table(name = "group_task")
public class GroupTask extends Stamped {


    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status = TaskStatus.OPEN;




    public GroupTask() {
        // for JPA and forms
    }

    public GroupTask(long groupId) {
        this.groupId = groupId;
    }

    @Override
    public Problems check() {
        return new Problems().required("title", title).maxLength("title", title, 300).required("status", status);
    }


    public boolean isOverdue(LocalDate today) {
        return status != TaskStatus.DONE && dueOn != null && dueOn.isBefore(today);
    }

    public long getGroupId() { return groupId; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Problems.clean(title); }
    public Person getOwner() { return owner; }
    public void setOwner(Person owner) { this.owner = owner; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public TaskStatus getStatus() { return status; }
    public void setStatus(TaskStatus status) { this.status = status; }
}
