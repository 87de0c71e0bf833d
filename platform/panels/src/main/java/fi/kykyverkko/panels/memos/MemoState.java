package fi.kykyverkko.panels.memos;

/** Where a meeting's memo is: being written by staff, open for the members' comments, or final (published, unchangeable). */
public enum MemoState {
    DRAFT, OPEN_FOR_COMMENTS, FINAL;

    public String labelKey() {
        return "panels.memo.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
