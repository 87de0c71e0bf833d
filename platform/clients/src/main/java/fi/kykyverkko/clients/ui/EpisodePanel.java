package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.clients.card.ClientCard;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.PhaseDays;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.ReferrerFeedback;
import fi.kykyverkko.clients.referrals.Referrals;
import fi.kykyverkko.clients.referrals.WarmHandover;
import fi.kykyverkko.kernel.exchange.ical.IcsMethod;
import fi.kykyverkko.kernel.exchange.ical.IcsWriter;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.shell.kit.StackedTable;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * One episode on the client card: its service and state, how long it has lasted and each phase's stretch, the next
 * step, who has been responsible, where the referral came from, the warm handover and the feedback owed to referrers;
 * for the team, the acts that move it on.
 */
final class EpisodePanel extends Div {

    /**
     * The address of the episode's measurement page, which the surveys module serves
     * ({@code <region>/surveys/assessments/episode/<id>}). Clients does not depend on surveys, so the link is by the route's
     * text rather than by its view class; surveys is a core module, on in every region.
     */
    static String measurementsRoute(fi.kykyverkko.kernel.tenancy.TenantId region, long episodeId) {
        return region.value() + "/surveys/assessments/episode/" + episodeId;
    }

    EpisodePanel(ClientCardView card, ClientCard.EpisodeFile file, boolean team, boolean measurements, Clients clients, Referrals referrals,
            People people, Organisations organisations) {
        Episode episode = file.episode();
        long id = episode.getId();
        setId("episode-" + id);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-m)");
        LocalDate today = PortalTime.today();
        String state = episode.isEnded()
                ? getTranslation("clients.episode.ended-on", date(episode.getEndedOn()), getTranslation(episode.getEndReason().labelKey()))
                : getTranslation("clients.episode.in-phase", card.phaseName(episode.getCurrentPhase()));
        add(new H4(card.serviceName(episode) + " · " + getTranslation("clients.episode.started", date(episode.getStartedOn()))));
        Paragraph stateLine = new Paragraph(state);
        stateLine.setId("episode-state-" + id);
        Paragraph days = new Paragraph(getTranslation("clients.episode.days", episode.days(today)));
        days.setId("episode-days-" + id);
        add(stateLine, days);
        if (measurements) {
            Anchor link = new Anchor(measurementsRoute(card.region(), id), getTranslation("clients.episode.measurements"));
            link.getElement().setAttribute("router-link", true); // navigates inside the UI, as a RouterLink does
            link.setId("episode-measurements-" + id);
            add(new Paragraph(link));
        }
        if (episode.getNextStep() != null) {
            boolean overdue = episode.getNextStepOn().isBefore(today);
            Paragraph next = new Paragraph(getTranslation(overdue ? "clients.episode.next-overdue" : "clients.episode.next",
                    episode.getNextStep(), date(episode.getNextStepOn())));
            next.setId("episode-next-" + id);
            add(next);
        }

        StackedTable<PhaseDays> phases = new StackedTable<>("episode-phases-" + id);
        phases.text(getTranslation("clients.episode.phase"), p -> card.phaseName(p.phase()))
                .text(getTranslation("clients.episode.from"), p -> date(p.from()))
                .text(getTranslation("clients.episode.until"), p -> p.until().equals(today) && !episode.isEnded() ? getTranslation("clients.episode.now") : date(p.until()))
                .figure(getTranslation("clients.episode.phase-days"), p -> String.valueOf(p.days()));
        phases.setItems(episode.phaseDays(today));
        add(phases);

        if (!episode.getHandovers().isEmpty()) {
            add(new H4(getTranslation("clients.episode.responsible-history")));
            UnorderedList handovers = new UnorderedList();
            handovers.setId("episode-handovers-" + id);
            episode.getHandovers().forEach(h -> handovers.add(new ListItem(date(h.handedOn()) + " " + people.find(card.region(), h.personId())
                    .map(p -> p.getName()).orElse("?"))));
            add(handovers);
        }

        List<ReferralSource> sources = file.sources();
        add(new H4(getTranslation("clients.referral.sources")));
        StackedTable<ReferralSource> sourceTable = new StackedTable<>("episode-sources-" + id);
        sourceTable.text(getTranslation("clients.referral.type"), s -> getTranslation(s.getType().labelKey()))
                .text(getTranslation("clients.referral.organisation"), s -> s.getOrganisationId() == null ? ""
                        : organisations.find(card.region(), s.getOrganisationId()).map(o -> o.names().in(getLocale())).orElse(""))
                .breakingText(getTranslation("clients.referral.referrer"), s -> String.join(", ", java.util.stream.Stream.of(s.getReferrerName(),
                        s.getReferrerEmail(), s.getReferrerPhone()).filter(java.util.Objects::nonNull).toList()))
                .text(getTranslation("clients.referral.date"), s -> date(s.getReferredOn()))
                .whenEmpty(getTranslation("clients.referral.none"));
        sourceTable.setItems(sources);
        add(sourceTable);

        List<WarmHandover> meetings = file.meetings();
        if (!meetings.isEmpty()) {
            add(new H4(getTranslation("clients.handover-meeting.title")));
            UnorderedList list = new UnorderedList();
            list.setId("episode-warm-handovers-" + id);
            for (WarmHandover m : meetings) {
                ListItem item = new ListItem(PortalTime.dateTime(m.getStartsAt(), getLocale()) + (m.getPlace() == null ? "" : ", " + m.getPlace())
                        + " – " + String.join(", ", m.getParticipants())
                        + (m.getInvited() > 0 ? " – " + getTranslation("clients.handover-meeting.invited", m.getInvited()) : "") + " ");
                byte[] ics = referrals.invitation(card.region(), m, getTranslation("clients.handover-meeting.summary"), null, null);
                StreamResource invitation = new StreamResource("lammin-siirto-" + m.getId() + ".ics", () -> new ByteArrayInputStream(ics));
                invitation.setContentType(IcsWriter.contentType(IcsMethod.REQUEST));
                Anchor download = new Anchor(invitation, getTranslation("clients.handover-meeting.invitation"));
                download.getElement().setAttribute("download", true);
                item.add(download);
                list.add(item);
            }
            add(list);
        }

        List<ReferrerFeedback> feedback = file.feedback();
        if (!feedback.isEmpty()) {
            add(new H4(getTranslation("clients.feedback.title")));
            UnorderedList list = new UnorderedList();
            list.setId("episode-feedback-" + id);
            feedback.forEach(f -> list.add(new ListItem(date(f.getChangedOn()) + " " + f.getRecipient() + ": " + card.phaseName(f.getPhase())
                    + " – " + (f.getSentAt() == null ? getTranslation("clients.feedback.unsent")
                    : getTranslation("clients.feedback.sent", PortalTime.dateTime(f.getSentAt(), getLocale()))))));
            add(list);
        }

        if (team && !episode.isEnded()) {
            Div acts = new Div();
            acts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            acts.add(button("move-phase-" + id, "clients.episode.move", () -> EpisodeActs.move(card, clients, episode)),
                    button("plan-step-" + id, "clients.episode.plan", () -> EpisodeActs.plan(card, clients, episode)),
                    button("hand-over-" + id, "clients.episode.hand-over", () -> EpisodeActs.handOver(card, clients, people, episode)),
                    button("add-source-" + id, "clients.referral.add", () -> EpisodeActs.addSource(card, referrals, organisations, episode)),
                    button("warm-handover-" + id, "clients.handover-meeting.plan", () -> EpisodeActs.warmHandover(card, referrals, episode)),
                    button("end-episode-" + id, "clients.episode.end", () -> EpisodeActs.end(card, clients, episode)));
            add(acts);
        }
    }

    private Button button(String id, String key, Runnable act) {
        Button button = new Button(getTranslation(key), e -> act.run());
        button.setId(id);
        return button;
    }

    private String date(LocalDate day) {
        return day == null ? "" : PortalTime.date(day, getLocale());
    }
}
