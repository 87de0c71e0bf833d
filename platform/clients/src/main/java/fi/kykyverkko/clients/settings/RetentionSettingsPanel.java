package fi.kykyverkko.clients.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import fi.kykyverkko.clients.retention.RetentionRun;
import fi.kykyverkko.clients.retention.RetentionSetting;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.StackedTable;
import jakarta.batch.runtime.BatchStatus;

/**
 * The retention section of the clients settings: the region's period (the data protection officer sets it, others
 * read it), the job's latest runs, and for the officer "run now" with the run's status.
 */
class RetentionSettingsPanel extends Div {

    private final ClientsSettings settings;
    private final TenantId tenant;
    private final PortalUser user;
    private final boolean dataProtection;
    private final StackedTable<RetentionRun> runs = new StackedTable<>("settings-runs");
    private final IntegerField years = new IntegerField();
    private final Paragraph retentionUpdated = new Paragraph();
    private final Paragraph runStatus = new Paragraph();
    private Long startedRun;

    RetentionSettingsPanel(ClientsSettings settings, TenantId tenant, PortalUser user, boolean dataProtection) {
        this.settings = settings;
        this.tenant = tenant;
        this.user = user;
        this.dataProtection = dataProtection;
        add(new H3(getTranslation("clients.settings.retention.title")), new Paragraph(getTranslation("clients.settings.retention.explained")));
        years.setLabel(getTranslation("clients.settings.retention.years"));
        years.setId("settings-retention-years");
        years.setMin(RetentionSetting.MIN_YEARS);
        years.setMax(RetentionSetting.MAX_YEARS);
        years.setStepButtonsVisible(true);
        years.setHelperText(getTranslation(dataProtection ? "clients.settings.retention.years-help" : "clients.settings.retention.read-only"));
        years.setReadOnly(!dataProtection);
        add(years);
        if (dataProtection) {
            add(ClientsSettingsView.button(this, "settings-retention-save", "clients.settings.retention.save", this::saveYears));
        }
        add(retentionUpdated, new H3(getTranslation("clients.settings.retention.runs")));
        runs.figure(getTranslation("clients.settings.retention.finished"), r -> PortalTime.dateTime(r.getFinishedAt(), getLocale()))
                .figure(getTranslation("clients.settings.retention.cutoff"), r -> PortalTime.date(r.getCutoff(), getLocale()))
                .figure(getTranslation("clients.settings.retention.anonymised"), r -> String.valueOf(r.getAnonymised()))
                .figure(getTranslation("clients.settings.retention.kept"), r -> String.valueOf(r.getKept()))
                .figure(getTranslation("clients.settings.retention.executions"), r -> String.valueOf(r.getExecutions()))
                .whenEmpty(getTranslation("clients.settings.retention.no-runs"));
        add(runs);
        Button refresh = ClientsSettingsView.button(this, "settings-retention-refresh", "clients.settings.retention.refresh", this::refreshRetention);
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (dataProtection) {
            add(ClientsSettingsView.row(ClientsSettingsView.button(this, "settings-retention-run", "clients.settings.retention.run-now", this::runNow), refresh));
        } else {
            add(refresh);
        }
        runStatus.setId("settings-retention-status");
        // the status changes after a press of "refresh": say it to screen readers too
        runStatus.getElement().setAttribute("aria-live", "polite");
        add(runStatus);
        refreshRetention();
    }

    private void saveYears() {
        EntityForm<RetentionSetting> form = new EntityForm<>();
        form.add("retentionYears", years);
        Integer wanted = years.getValue();
        if (FormSave.save(this, form, () -> {
            if (wanted == null) {
                Problems.refuse("retentionYears", "validation.required"); // empty, or not a number
            }
            return settings.keepFor(tenant, user, wanted);
        }, "clients.settings.retention.saved") != null) {
            refreshRetention();
        }
    }

    private void runNow() {
        Long started = FormSave.save(this, new EntityForm<RetentionSetting>(), () -> settings.runRetentionNow(tenant, user),
                "clients.settings.retention.started");
        if (started != null) {
            startedRun = started;
            refreshRetention();
        }
    }

    private void refreshRetention() {
        RetentionSetting setting = settings.retentionSetting(tenant);
        years.setValue(setting.getRetentionYears());
        years.setInvalid(false);
        retentionUpdated.setText(setting.getUpdatedBy() == null || setting.getUpdatedAt() == null ? ""
                : getTranslation("clients.settings.retention.updated", PortalTime.dateTime(setting.getUpdatedAt(), getLocale()),
                        setting.getUpdatedBy()));
        runs.setItems(settings.retentionRuns(tenant));
        runStatus.setText(startedRun == null ? "" : getTranslation("clients.settings.retention.status",
                getTranslation(statusKey(settings.retentionStatus(startedRun)))));
    }

    private static String statusKey(BatchStatus status) {
        return switch (status) {
            case STARTING -> "clients.settings.retention.status-starting";
            case STARTED -> "clients.settings.retention.status-started";
            case STOPPING -> "clients.settings.retention.status-stopping";
            case STOPPED -> "clients.settings.retention.status-stopped";
            case FAILED -> "clients.settings.retention.status-failed";
            case COMPLETED -> "clients.settings.retention.status-completed";
            case ABANDONED -> "clients.settings.retention.status-abandoned";
        };
    }
}
