package fi.kykyverkko.networks.groups;

/** A group with how it is doing: for lists and the front page. */
public record GroupSummary(NetworkGroup group, GroupActivity activity, long openTasks) {
}
