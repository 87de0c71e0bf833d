package fi.kykyverkko.consultations.release;

import fi.kykyverkko.consultations.booking.Bookings;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.series.PanelSeat;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.exchange.ical.IcsEvent;
import fi.kykyverkko.kernel.exchange.ical.IcsMethod;
import fi.kykyverkko.kernel.exchange.ical.IcsWriter;
import fi.kykyverkko.kernel.mail.Mail;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The module's e-mail through the kernel's outbox, in the caller's transaction (templates
 * {@code i18n/consultations-mail*.properties}, codes {@code consultations.<template>}), each with a calendar file:
 * the asker's booking (REQUEST) and cancellation (CANCEL) of their case, the experts' reminder once the deadline has
 * passed with cases in the queue (REQUEST), and the release of an hour nobody booked (CANCEL). No mail quotes a case's
 * text: only its arrival number and reason count.
 */
@ApplicationScoped
public class ConsultationMail {

    static final String BOOKED = "consultations.booked";
    static final String CANCELLED = "consultations.cancelled";
    static final String RELEASED = "consultations.released";
    static final String EXPERT_REMINDER = "consultations.expert-reminder";
    static final String ASKER_REMINDER = "consultations.asker-reminder";
    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Inject
    Mail mail;

    @Inject
    TenantRegistry tenants;

    public void booked(TenantId tenant, EntityManager em, ConsultationSeries series, ConsultationSession session, ConsultationCase booked, String email) {
        if (!Mail.isAddress(email)) {
            return;
        }
        byte[] ics = calendar(IcsMethod.REQUEST, caseUid(tenant, booked), series, session, List.of(email), 0, false);
        mail.sendWith(new Mail.Attachment("konsultaatio-" + session.getDate() + ".ics", IcsWriter.contentType(IcsMethod.REQUEST), ics),
                booked.getAskerUsername(), tenant, email, BOOKED, "fi", series.getTitle(), when(session),
                String.valueOf(booked.getArrival()), PortalTime.dateTime(session.getBookingDeadline(), FINNISH), where(series), region(tenant));
    }

    public void cancelled(TenantId tenant, EntityManager em, ConsultationSeries series, ConsultationSession session, ConsultationCase booked, String email) {
        if (!Mail.isAddress(email)) {
            return;
        }
        byte[] ics = calendar(IcsMethod.CANCEL, caseUid(tenant, booked), series, session, List.of(email), 1, true);
        mail.sendWith(new Mail.Attachment("konsultaatio-peruttu-" + session.getDate() + ".ics", IcsWriter.contentType(IcsMethod.CANCEL), ics),
                booked.getAskerUsername(), tenant, email, CANCELLED, "fi", series.getTitle(), when(session), region(tenant));
    }

    /** Tells every expert with an address that their hour is free; how many were told. */
    public int released(TenantId tenant, EntityManager em, ConsultationSeries series, ConsultationSession session) {
        List<PanelSeat> panel = addressed(ConsultationHours.panel(em, series.getId()));
        if (panel.isEmpty()) {
            return 0;
        }
        byte[] ics = calendar(IcsMethod.CANCEL, sessionUid(tenant, session), series, session,
                panel.stream().map(PanelSeat::email).toList(), 1, true);
        for (PanelSeat seat : panel) {
            mail.sendWith(new Mail.Attachment("konsultaatiotunti-vapautui-" + session.getDate() + ".ics", IcsWriter.contentType(IcsMethod.CANCEL), ics),
                    "consultations", tenant, seat.email(), RELEASED, "fi", seat.name(), series.getTitle(), when(session), region(tenant));
        }
        return panel.size();
    }

    /** The deadline has passed with cases: the experts get the count and the hour, each asker their place; how many mails. */
    public int reminders(TenantId tenant, EntityManager em, ConsultationSeries series, ConsultationSession session) {
        List<ConsultationCase> queue = Bookings.queue(em, session.getId());
        List<PanelSeat> panel = addressed(ConsultationHours.panel(em, series.getId()));
        int sent = 0;
        if (!panel.isEmpty()) {
            byte[] ics = calendar(IcsMethod.REQUEST, sessionUid(tenant, session), series, session,
                    panel.stream().map(PanelSeat::email).toList(), 0, false);
            for (PanelSeat seat : panel) {
                mail.sendWith(new Mail.Attachment("konsultaatiotunti-" + session.getDate() + ".ics", IcsWriter.contentType(IcsMethod.REQUEST), ics),
                        "consultations", tenant, seat.email(), EXPERT_REMINDER, "fi", seat.name(), series.getTitle(), when(session),
                        String.valueOf(queue.size()), where(series), region(tenant));
                sent++;
            }
        }
        for (ConsultationCase c : queue) {
            String email = em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class).setParameter("u", c.getAskerUsername())
                    .getResultStream().findFirst().map(Person::getEmail).orElse(null);
            if (Mail.isAddress(email)) {
                byte[] ics = calendar(IcsMethod.REQUEST, caseUid(tenant, c), series, session, List.of(email), 0, false);
                mail.sendWith(new Mail.Attachment("konsultaatio-" + session.getDate() + ".ics", IcsWriter.contentType(IcsMethod.REQUEST), ics),
                        "consultations", tenant, email, ASKER_REMINDER, "fi", series.getTitle(), when(session),
                        String.valueOf(c.getArrival()), where(series), region(tenant));
                sent++;
            }
        }
        return sent;
    }

    private static List<PanelSeat> addressed(List<PanelSeat> panel) {
        return panel.stream().filter(seat -> Mail.isAddress(seat.email())).toList();
    }

    byte[] calendar(IcsMethod method, String uid, ConsultationSeries series, ConsultationSession session, List<String> attendees,
                    int sequence, boolean cancelled) {
        IcsEvent.Builder event = IcsEvent.builder(uid, session.getStartsAt().atZone(IcsWriter.HELSINKI), session.getEndsAt().atZone(IcsWriter.HELSINKI))
                .summary(series.getTitle()).location(series.getPlace() == null ? series.getOnlineLink() : series.getPlace())
                .description(series.getPurpose()).organizer(series.getTitle(), mail.fromAddress()).sequence(sequence);
        if (series.getOnlineLink() != null) {
            event.url(URI.create(series.getOnlineLink()));
        }
        attendees.forEach(address -> event.attendee(address, address));
        if (cancelled) {
            event.cancelled();
        }
        return new IcsWriter().toBytes(method, List.of(event.build()));
    }

    static String caseUid(TenantId tenant, ConsultationCase c) {
        return "consultation-case-" + c.getId() + "@" + tenant.value() + ".kykyverkko";
    }

    static String sessionUid(TenantId tenant, ConsultationSession session) {
        return "consultation-session-" + session.getId() + "@" + tenant.value() + ".kykyverkko";
    }

    private static String when(ConsultationSession session) {
        return PortalTime.dateTime(session.getStartsAt(), FINNISH) + "–" + PortalTime.time(session.getEndsAt(), FINNISH);
    }

    private static String where(ConsultationSeries series) {
        if (series.getPlace() != null && series.getOnlineLink() != null) {
            return series.getPlace() + ", " + series.getOnlineLink();
        }
        return series.getPlace() != null ? series.getPlace() : series.getOnlineLink();
    }

    private String region(TenantId tenant) {
        return tenants.find(tenant).map(t -> t.names().in(FINNISH)).orElse(tenant.value());
    }
}
