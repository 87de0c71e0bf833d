package fi.kykyverkko.networks.groups;

/** Where a group's task stands. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE;

    public String labelKey() {
        return "networks.task-status." + name();
    }
}
