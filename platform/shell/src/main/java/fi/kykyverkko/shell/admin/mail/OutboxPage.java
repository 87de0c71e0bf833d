package fi.kykyverkko.shell.admin.mail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.mail.MailStatus;
import fi.kykyverkko.kernel.mail.OutgoingMail;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The region's outgoing mail for its admins: each message's status (queued, sent, failing with the next try, given
 * up), attempts, last error, template, who queued it and when, when it was sent; a filter by status; a message opened
 * to read; "try again now" for a failing or given-up one. A tenant admin sees the region of the address only
 * ({@link OutboxView}, {@code <region>/admin/outbox}); a platform admin chooses the region ({@link PlatformOutboxView}).
 * Two route classes over one page, not a subclass of a view: CDI would find two beans of the view's type.
 */
abstract class OutboxPage extends VerticalLayout implements HasDynamicTitle {

    private final OutboxAdmin admin;
    private final PortalUser user;
    private final Select<MailStatus> status = new Select<>();
    private final Paragraph counts = new Paragraph();
    private final StackedTable<OutgoingMail> table = new StackedTable<>("outbox-list");
    private TenantId region;

    /** {@code choose}: the platform admin's page, in no region, with a choice of every region. */
    OutboxPage(PortalSession session, OutboxAdmin admin, TenantRegistry registry, boolean choose) {
        this.admin = admin;
        this.user = session.user();
        add(new H2(getTranslation("outbox.title")));
        Optional<Tenant> active = choose ? Optional.empty() : session.activeTenantDetails();
        List<Tenant> regions = registry.all().stream().filter(t -> OutboxAdmin.allowed(user, t.tenantId())).toList();
        region = choose ? (regions.isEmpty() ? null : regions.get(0).tenantId())
                : active.map(Tenant::tenantId).filter(t -> OutboxAdmin.allowed(user, t)).orElse(null);
        if (region == null) {
            add(new Paragraph(getTranslation("outbox.no-region")));
            return;
        }
        if (choose) {
            Select<Tenant> choice = new Select<>();
            choice.setId("outbox-region");
            choice.setLabel(getTranslation("outbox.region"));
            choice.setItems(regions);
            choice.setItemLabelGenerator(t -> t.names().in(getLocale()));
            choice.setValue(regions.get(0));
            choice.addValueChangeListener(e -> {
                region = e.getValue().tenantId();
                refresh();
            });
            add(choice);
        }
        status.setId("outbox-status");
        status.setLabel(getTranslation("outbox.filter"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("outbox.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("outbox.filter.all") : statusName(s));
        status.addValueChangeListener(e -> refresh());
        counts.setId("outbox-counts");
        table.text(getTranslation("outbox.field.queued"), m -> PortalTime.dateTime(m.queuedAt(), getLocale()) + ", " + m.queuedBy())
                .breakingText(getTranslation("outbox.field.recipient"), OutgoingMail::recipient)
                .text(getTranslation("outbox.field.template"), m -> m.templateCode() + " (" + m.language() + ")")
                .component(getTranslation("outbox.field.status"), this::statusCell)
                .figure(getTranslation("outbox.field.attempts"), m -> String.valueOf(m.attempts()))
                .breakingText(getTranslation("outbox.field.error"), m -> m.lastError() == null ? "–" : m.lastError())
                .text(getTranslation("outbox.field.sent"), m -> m.sentAt() == null ? "–" : PortalTime.dateTime(m.sentAt(), getLocale()))
                .component(getTranslation("outbox.field.act"), this::acts)
                .whenEmpty(getTranslation("outbox.none"));
        add(status, counts, table);
        refresh();
    }

    private void refresh() {
        Map<MailStatus, Long> byStatus = admin.counts(user, region);
        counts.setText(getTranslation("outbox.counts", byStatus.get(MailStatus.QUEUED), byStatus.get(MailStatus.SENT),
                byStatus.get(MailStatus.FAILED_RETRYING), byStatus.get(MailStatus.GAVE_UP)));
        table.setItems(admin.list(user, region, status.getValue()));
    }

    private String statusName(MailStatus s) {
        return getTranslation("outbox.status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private Span statusCell(OutgoingMail m) {
        String text = statusName(m.status());
        if (m.status() == MailStatus.FAILED_RETRYING && m.nextAttemptAt() != null) {
            text += " – " + getTranslation("outbox.next-try", PortalTime.dateTime(m.nextAttemptAt(), getLocale()));
        }
        Span cell = new Span(text);
        if (m.status() == MailStatus.GAVE_UP || m.status() == MailStatus.FAILED_RETRYING) {
            cell.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return cell;
    }

    private Div acts(OutgoingMail m) {
        Div acts = new Div();
        acts.getStyle().set("display", "flex").set("gap", "0.4rem").set("flex-wrap", "wrap");
        acts.add(StackedTable.opener(getTranslation("outbox.open"), () -> open(m.id())));
        if (m.status() == MailStatus.GAVE_UP || m.status() == MailStatus.FAILED_RETRYING) {
            acts.add(StackedTable.opener(getTranslation("outbox.retry"), () -> {
                admin.retryNow(user, region, m.id());
                refresh();
                fi.kykyverkko.shell.kit.FormSave.notify(getTranslation("outbox.retried"), false);
            }));
        }
        return acts;
    }

    private void open(long id) {
        Optional<OutgoingMail> found = admin.open(user, region, id);
        if (found.isEmpty()) {
            return;
        }
        OutgoingMail m = found.get();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(m.subject());
        dialog.setWidth("min(40rem, 95vw)");
        Paragraph to = new Paragraph(getTranslation("outbox.field.recipient") + ": " + m.recipient());
        Pre body = new Pre(m.bodyText());
        body.setId("outbox-body");
        body.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
        dialog.add(to, body);
        Button close = new Button(getTranslation("outbox.close"), e -> dialog.close());
        close.setId("outbox-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " – " + getTranslation("app.name");
    }

}
