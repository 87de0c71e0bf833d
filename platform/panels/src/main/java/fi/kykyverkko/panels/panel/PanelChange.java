package fi.kykyverkko.panels.panel;

import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.live.LiveKey;

/**
 * What changed in a panel, as it travels on the shell's live bus (topic {@value #TOPIC}, the panel's id), so that the
 * staff looking at the panel or one of its meetings see it without reloading. Never who or what was written.
 */
public enum PanelChange {
    /** an idea was proposed or updated, or got an outcome */
    IDEAS,
    /** a meeting was made, moved, cancelled, planned or walked on */
    MEETINGS,
    /** a mood answer came in */
    MOOD;

    public static final String TOPIC = "panels.panel";

    /** Panel {@code panelId} of {@code tenant} on the bus. */
    public static LiveKey of(TenantId tenant, long panelId) {
        return new LiveKey(tenant.value(), TOPIC, panelId);
    }
}
