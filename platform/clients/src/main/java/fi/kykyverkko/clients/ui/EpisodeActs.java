package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;
import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.caseloads.CaseloadCheck;
import fi.kykyverkko.clients.clients.ClientDocument;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.Referrals;
import fi.kykyverkko.clients.referrals.SourceType;
import fi.kykyverkko.clients.referrals.WarmHandover;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.kernel.domain.StoredFile;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The acts on an episode from the client card, each a small dialog that calls the service and re-renders the card. */
final class EpisodeActs {

    private EpisodeActs() {
    }

    static void open(ClientCardView card, Clients clients, TenantId tenant, long clientId) {
        ActDialog dialog = new ActDialog(card.getTranslation("clients.episode.open"));
        ComboBox<ClientService> service = dialog.field("service", new ComboBox<>(card.getTranslation("clients.episode.service")));
        service.setId("episode-service");
        service.setItems(clients.services(tenant).stream().filter(ClientService::isActive).toList());
        service.setItemLabelGenerator(s -> s.getName().in(card.language()));
        service.setRequiredIndicatorVisible(true);
        DatePicker day = dialog.field("startedOn", date(card, "clients.episode.start-day", "episode-start"));
        dialog.onSave("episode-open-save", () -> clients.openEpisode(tenant, card.access(), clientId,
                service.getValue() == null ? "" : service.getValue().getCode(), day.getValue()), "clients.episode.opened", card::render).open();
    }

    static void move(ClientCardView card, Clients clients, Episode episode) {
        ActDialog dialog = new ActDialog(card.getTranslation("clients.episode.move"));
        ComboBox<Phase> phase = dialog.field("phase", new ComboBox<>(card.getTranslation("clients.episode.phase")));
        phase.setId("episode-phase");
        phase.setItems(clients.phases(card.region()).stream().filter(p -> !p.ends() && !p.getCode().equals(episode.getCurrentPhase())).toList());
        phase.setItemLabelGenerator(p -> p.getName().in(card.language()));
        phase.setRequiredIndicatorVisible(true);
        DatePicker day = dialog.field("phaseOn", date(card, "clients.episode.phase-day", "episode-phase-day"));
        dialog.onSave("episode-move-save", () -> clients.change(card.region(), card.access(), episode.getId(),
                e -> e.moveTo(phase.getValue() == null ? null : phase.getValue().getCode(), day.getValue())), "clients.episode.saved", card::render).open();
    }

    static void plan(ClientCardView card, Clients clients, Episode episode) {
        ActDialog dialog = new ActDialog(card.getTranslation("clients.episode.plan"));
        TextArea step = dialog.field("nextStep", new TextArea(card.getTranslation("clients.episode.next-step")));
        step.setId("episode-next-step");
        step.setValue(episode.getNextStep() == null ? "" : episode.getNextStep());
        step.setRequiredIndicatorVisible(true);
        DatePicker day = dialog.field("nextStepOn", date(card, "clients.episode.next-step-day", "episode-next-step-day"));
        if (episode.getNextStepOn() != null) {
            day.setValue(episode.getNextStepOn());
        }
        dialog.onSave("episode-plan-save", () -> clients.change(card.region(), card.access(), episode.getId(),
                e -> e.planNextStep(step.getValue(), day.getValue())), "clients.episode.saved", card::render).open();
    }

    /** A new responsible person; the caseload against the service's cap shows as the person is chosen. */
    static void handOver(ClientCardView card, Clients clients, People people, Episode episode) {
        ActDialog dialog = new ActDialog(card.getTranslation("clients.episode.hand-over"));
        ComboBox<Person> person = dialog.field("responsiblePerson", new ComboBox<>(card.getTranslation("clients.episode.responsible")));
        person.setId("episode-responsible");
        person.setItems(people.list(card.region()).stream().filter(p -> p.getId() != null
                && !episode.getResponsiblePersonId().equals(java.util.Optional.of(p.getId()))).sorted(Comparator.comparing(Person::getName)).toList());
        person.setItemLabelGenerator(Person::label);
        person.setRequiredIndicatorVisible(true);
        Paragraph load = new Paragraph();
        load.setId("episode-caseload");
        load.getElement().setAttribute("aria-live", "polite");
        dialog.show(load);
        boolean manager = ClientRoles.isManager(card.person(), card.region());
        TextField override = dialog.field("override", new TextField(card.getTranslation("clients.caseload.override-reason")));
        override.setId("episode-cap-override");
        override.setVisible(false);
        person.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                load.setText("");
                override.setVisible(false);
                return;
            }
            CaseloadCheck check = clients.caseloadOf(card.region(), e.getValue().getId(), episode.getServiceId());
            load.setText(caseloadText(card, check, manager));
            override.setVisible(manager && check.withOneMore() == CaseloadCheck.Outcome.OVER_CAP);
        });
        DatePicker day = dialog.field("handedOn", date(card, "clients.episode.handover-day", "episode-handover-day"));
        dialog.onSave("episode-handover-save", () -> {
            if (person.getValue() == null) {
                Problems.refuse("responsiblePerson", "validation.required");
            }
            return clients.change(card.region(), card.access(), episode.getId(), e -> e.handOverTo(person.getValue().getId(), day.getValue()),
                    override.isVisible() ? override.getValue() : null);
        }, "clients.episode.saved", card::render).open();
    }

    static String caseloadText(ClientCardView card, CaseloadCheck check, boolean manager) {
        return switch (check.withOneMore()) {
            case FINE -> check.cap().map(cap -> card.getTranslation("clients.caseload.fine", check.open(), cap))
                    .orElse(card.getTranslation("clients.caseload.no-cap", check.open()));
            case REACHES_CAP -> card.getTranslation("clients.caseload.reaches-cap", check.open(), check.cap().orElseThrow());
            case OVER_CAP -> card.getTranslation(manager ? "clients.caseload.over-cap-manager" : "clients.caseload.over-cap",
                    check.open(), check.cap().orElseThrow());
        };
    }

    static void end(ClientCardView card, Clients clients, Episode episode) {
        ActDialog dialog = new ActDialog(card.getTranslation("clients.episode.end"));
        ComboBox<EndReason> reason = dialog.field("endReason", new ComboBox<>(card.getTranslation("clients.episode.end-reason")));
        reason.setId("episode-end-reason");
        reason.setItems(EndReason.values());
        reason.setItemLabelGenerator(r -> card.getTranslation(r.labelKey()));
        reason.setRequiredIndicatorVisible(true);
        DatePicker day = dialog.field("endedOn", date(card, "clients.episode.end-day", "episode-end-day"));
        dialog.onSave("episode-end-save", () -> clients.change(card.region(), card.access(), episode.getId(),
                e -> e.end(reason.getValue(), day.getValue())), "clients.episode.saved", card::render).open();
    }

    static void addSource(ClientCardView card, Referrals referrals, Organisations organisations, Episode episode) {
        ActDialog dialog = new ActDialog(card.getTranslation("clients.referral.add"));
        ComboBox<SourceType> type = dialog.field("type", new ComboBox<>(card.getTranslation("clients.referral.type")));
        type.setId("source-type");
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(t -> card.getTranslation(t.labelKey()));
        type.setRequiredIndicatorVisible(true);
        ComboBox<Organisation> organisation = dialog.field("organisation", new ComboBox<>(card.getTranslation("clients.referral.organisation")));
        organisation.setId("source-organisation");
        organisation.setItems(organisations.list(card.region()));
        organisation.setItemLabelGenerator(o -> o.names().in(card.language()));
        TextField name = dialog.field("referrerName", new TextField(card.getTranslation("clients.referral.referrer-name")));
        name.setId("source-referrer");
        TextField email = dialog.field("referrerEmail", new TextField(card.getTranslation("clients.referral.referrer-email")));
        email.setId("source-email");
        TextField phone = dialog.field("referrerPhone", new TextField(card.getTranslation("clients.referral.referrer-phone")));
        DatePicker day = dialog.field("referredOn", date(card, "clients.referral.date", "source-date"));
        day.setValue(episode.getStartedOn());
        // the letter and its attachments: several files, each kept as its own download on the card
        MultiFileMemoryBuffer buffer = new MultiFileMemoryBuffer();
        Upload letters = Uploads.upload(buffer, card.language());
        letters.setId("source-files");
        letters.setMaxFileSize(ClientDocument.MAX_BYTES);
        letters.setMaxFiles(10);
        java.util.Map<String, String> received = new java.util.LinkedHashMap<>();
        letters.addSucceededListener(e -> received.put(e.getFileName(), e.getMIMEType()));
        letters.addFileRemovedListener(e -> received.remove(e.getFileName()));
        dialog.show(new Paragraph(card.getTranslation("clients.referral.letter")));
        dialog.show(letters);
        dialog.onSave("source-save", () -> {
            ReferralSource source = ReferralSource.of(episode.getId(), type.getValue(), day.getValue())
                    .referredBy(organisation.getValue() == null ? null : organisation.getValue().getId(), name.getValue(), email.getValue(), phone.getValue());
            List<StoredFile.Incoming> files = received.entrySet().stream()
                    .map(f -> new StoredFile.Incoming(f.getKey(), f.getValue(), bytes(buffer.getInputStream(f.getKey())))).toList();
            return referrals.addSource(card.region(), card.access(), source, files);
        }, "clients.referral.saved", card::render).open();
    }

    static void warmHandover(ClientCardView card, Referrals referrals, Episode episode) {
        ActDialog dialog = new ActDialog(card.getTranslation("clients.handover-meeting.plan"));
        DateTimePicker starts = dialog.field("startsAt", Pickers.dateTime(card.getTranslation("clients.handover-meeting.starts"), card.language()));
        starts.setId("handover-starts");
        starts.setValue(PortalTime.today().plusDays(1).atTime(LocalTime.of(10, 0)));
        DateTimePicker ends = dialog.field("endsAt", Pickers.dateTime(card.getTranslation("clients.handover-meeting.ends"), card.language()));
        ends.setId("handover-ends");
        ends.setValue(PortalTime.today().plusDays(1).atTime(LocalTime.of(11, 0)));
        TextField place = dialog.field("place", new TextField(card.getTranslation("clients.handover-meeting.place")));
        place.setId("handover-place");
        TextArea participants = dialog.field("participants", new TextArea(card.getTranslation("clients.handover-meeting.participants")));
        participants.setId("handover-participants");
        participants.setHelperText(card.getTranslation("clients.handover-meeting.participants-help"));
        dialog.onSave("handover-save", () -> referrals.planHandover(card.region(), card.access(), WarmHandover.plan(episode.getId(),
                starts.getValue() == null ? null : PortalTime.instant(starts.getValue()), ends.getValue() == null ? null : PortalTime.instant(ends.getValue()),
                place.getValue(), Arrays.stream(participants.getValue().split("\\R")).toList()),
                card.getTranslation("clients.handover-meeting.summary")), "clients.handover-meeting.saved", card::render).open();
    }

    private static DatePicker date(ClientCardView card, String labelKey, String id) {
        DatePicker picker = Pickers.date(card.getTranslation(labelKey), card.language());
        picker.setId(id);
        picker.setValue(PortalTime.today());
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }

    private static byte[] bytes(InputStream file) {
        try (InputStream in = file) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
