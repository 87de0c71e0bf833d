package fi.kykyverkko.networks.groups;

/** Where a group's task stands. */
public enum TaskStatus implements fi.kykyverkko.kernel.domain.Labelled {
    OPEN, IN_PROGRESS, DONE;

    @Override

    public String labelKey() {
        return "networks.task-status." + name();
    }
}
