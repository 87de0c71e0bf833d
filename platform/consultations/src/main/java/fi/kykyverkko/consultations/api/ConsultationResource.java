package fi.kykyverkko.consultations.api;

import fi.kykyverkko.consultations.booking.Bookings;
import fi.kykyverkko.consultations.booking.CaseText;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.booking.MyBooking;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.series.PanelSeat;
import fi.kykyverkko.consultations.series.Recurrence;
import fi.kykyverkko.consultations.series.SeriesDraft;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Consultation hours of a region: series (with their panel), sessions each with its own booking deadline, booking an
 * anonymous case, cancelling it, the queue for the experts. Times of day are "HH:mm" Helsinki time; instants are UTC.
 */
@Path("tenants/{tenant}/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consultations", description = "Anonymous consultation hours: series, sessions, cases")
@RequiresRole({"professional", "manager", "tenant-admin", "network-member", "panel-facilitator"})
public class ConsultationResource {

    @Inject
    ConsultationHours hours;

    @Inject
    Bookings bookings;

    @Inject
    fi.kykyverkko.consultations.stats.ConsultationStatistics statistics;

    @Inject
    fi.kykyverkko.consultations.pairs.PairConsultations pairs;

    @PathParam("tenant")
    String tenant;

    @Context
    ContainerRequestContext request;

    public record SeriesDto(Long id, String title, String purpose, String groundRules, String recurrence, LocalDate firstDate,
                            String startTime, String endTime, String place, String onlineLink, Integer capacityPerHour,
                            List<String> allowedProfessions, List<String> allowedOrganisations, Integer deadlineDaysBefore,
                            String deadlineTime, Boolean active) {
        static SeriesDto of(ConsultationSeries s) {
            return new SeriesDto(s.getId(), s.getTitle(), s.getPurpose(), s.getGroundRules(), s.getRecurrence().name(), s.getFirstDate(),
                    s.getStartTime().toString(), s.getEndTime().toString(), s.getPlace(), s.getOnlineLink(), s.getCapacityPerHour(),
                    s.getAllowedProfessions(), s.getAllowedOrganisations(), s.deadlineRule().workingDaysBefore(),
                    s.deadlineRule().time().toString(), s.isActive());
        }

        SeriesDraft draft() {
            Problems problems = new Problems();
            Recurrence rhythm = null;
            if (recurrence != null) {
                try {
                    rhythm = Recurrence.valueOf(recurrence);
                } catch (IllegalArgumentException e) {
                    problems.add("recurrence", "consultations.api.unknown-choice");
                }
            }
            LocalTime start = time(problems, "startTime", startTime);
            LocalTime end = time(problems, "endTime", endTime);
            LocalTime deadline = time(problems, "deadlineTime", deadlineTime);
            problems.throwIfAny();
            return new SeriesDraft(title, purpose, groundRules, rhythm, firstDate, start, end, place, onlineLink, capacityPerHour,
                    allowedProfessions, allowedOrganisations, deadlineDaysBefore, deadline);
        }
    }

    public record SessionDto(long id, long seriesId, LocalDate date, Instant startsAt, Instant endsAt, Instant bookingDeadline,
                             String bookingDeadlineLocal, String state, int capacity, int booked, boolean bookable) {
        static SessionDto of(ConsultationSession s) {
            return new SessionDto(s.getId(), s.getSeriesId(), s.getDate(), s.getStartsAt(), s.getEndsAt(), s.getBookingDeadline(),
                    PortalTime.local(s.getBookingDeadline()).toString(), s.getState().name(), s.getCapacity(), s.getBooked(),
                    s.bookableAt(Instant.now()));
        }
    }

    public record PanelDto(long personId, String profession) {
    }

    public record PanelSeatDto(long personId, String name, String organisation, String profession) {
        static PanelSeatDto of(PanelSeat seat) {
            return new PanelSeatDto(seat.personId(), seat.name(), seat.organisation(), seat.profession());
        }
    }

    public record GenerateDto(LocalDate from, LocalDate until) {
    }

    public record AddSessionDto(LocalDate date) {
    }

    /** The statistics: every key a plain text (enum names for reasons and outcomes), every figure named for what it counts. */
    public record StatisticsDto(List<MonthDto> months, java.util.Map<String, Long> casesByProfession, java.util.Map<String, Long> casesByOrganisation,
                                java.util.Map<String, Long> casesByReason, java.util.Map<String, Long> casesByOutcome, long casesWithoutOutcome,
                                long cases, long casesWithHandlingTime, long meanHandlingMinutes, long sessionsHeld, long sessionsReleased,
                                long expertMinutesUsed, long expertMinutesFreed, long pairConsultations) {
        static StatisticsDto of(fi.kykyverkko.consultations.stats.Tally t) {
            return new StatisticsDto(t.months().stream().map(m -> new MonthDto(m.month().toString(), m.cases(), m.held(), m.released(),
                    m.expertMinutesUsed(), m.expertMinutesFreed(), m.pairs())).toList(), t.byProfession(), t.byOrganisation(), names(t.byReason()),
                    names(t.byOutcome()), t.withoutOutcome(), t.cases(), t.casesTimed(), t.meanHandlingMinutes(), t.sessionsHeld(),
                    t.sessionsReleased(), t.expertMinutesUsed(), t.expertMinutesFreed(), t.pairConsultations());
        }

        private static java.util.Map<String, Long> names(java.util.Map<? extends Enum<?>, Long> counts) {
            java.util.Map<String, Long> named = new java.util.LinkedHashMap<>();
            counts.forEach((k, v) -> named.put(k.name(), v));
            return named;
        }
    }

    public record MonthDto(String month, long cases, long sessionsHeld, long sessionsReleased, long expertMinutesUsed, long expertMinutesFreed,
                           long pairConsultations) {
    }

    public record PairRequestDto(long consultantPersonId, String topic, LocalDate wantedOn) {
    }

    public record PairLogDto(LocalDate heldOn, fi.kykyverkko.consultations.booking.Outcome outcome, Long serviceId, String followUp,
                             Integer handlingMinutes) {
    }

    /** A pair consultation: the requester by profession and organisation only. */
    public record PairDto(long id, String topic, LocalDate wantedOn, long consultantPersonId, String requesterProfession,
                          String requesterOrganisation, Instant requestedAt, String state, LocalDate heldOn, String outcome, Long outcomeServiceId,
                          String followUp, Integer handlingMinutes) {
        static PairDto of(fi.kykyverkko.consultations.pairs.PairConsultation p) {
            return new PairDto(p.getId(), p.getTopic(), p.getWantedOn().orElse(null), p.getConsultantPersonId(), p.getRequesterProfession(),
                    p.getRequesterOrganisation(), p.getRequestedAt(), p.getState().name(), p.getHeldOn().orElse(null),
                    p.getOutcome().map(Enum::name).orElse(null), p.getOutcomeServiceId().orElse(null), p.getFollowUp(),
                    p.getHandlingMinutes().orElse(null));
        }
    }

    public record OutcomeDto(fi.kykyverkko.consultations.booking.Outcome outcome, Long serviceId, String followUp, Integer handlingMinutes) {
    }

    public record BookingDto(String question, Reason reason, String description) {
    }

    /** A case as the experts see it: no username, only the profession and organisation the statistics count. */
    public record CaseDto(long id, long sessionId, int arrival, String question, String reason, String description,
                          String askerProfession, String askerOrganisation, Instant bookedAt, boolean cancelled, String outcome,
                          Long outcomeServiceId, String followUp, Integer handlingMinutes) {
        static CaseDto of(ConsultationCase c) {
            return new CaseDto(c.getId(), c.getSessionId(), c.getArrival(), c.getQuestion(), c.getReason().name(), c.getDescription(),
                    c.getAskerProfession(), c.getAskerOrganisation(), c.getBookedAt(), c.isCancelled(),
                    c.getOutcome().map(Enum::name).orElse(null), c.getOutcomeServiceId().orElse(null), c.getFollowUp(),
                    c.getHandlingMinutes().orElse(null));
        }
    }

    public record MyBookingDto(CaseDto booked, SessionDto session, String seriesTitle, boolean cancellable) {
        static MyBookingDto of(MyBooking b) {
            return new MyBookingDto(CaseDto.of(b.booked()), SessionDto.of(b.session()), b.seriesTitle(), b.cancellable());
        }
    }

    private TenantId region() {
        return TenantId.of(tenant);
    }

    @GET
    @Path("series")
    @Operation(summary = "The region's consultation hour series")
    public List<SeriesDto> series() {
        return hours.list(region(), ApiWrites.caller(request)).stream().map(SeriesDto::of).toList();
    }

    @GET
    @Path("series/{id}")
    @Operation(summary = "One series")
    public SeriesDto series(@PathParam("id") long id) {
        return hours.find(region(), ApiWrites.caller(request), id).map(SeriesDto::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("series")
    @Operation(summary = "Make a series; 400 lists every problem")
    public Response create(SeriesDto body) {
        return ApiWrites.write(() -> SeriesDto.of(hours.create(region(), ApiWrites.caller(request), body.draft())));
    }

    @PUT
    @Path("series/{id}")
    @Operation(summary = "Change a series (sessions already made keep their deadline); 400 lists every problem")
    public Response edit(@PathParam("id") long id, SeriesDto body) {
        return found(() -> ApiWrites.write(() -> SeriesDto.of(hours.edit(region(), ApiWrites.caller(request), id, body.draft()))));
    }

    @GET
    @Path("series/{id}/panel")
    @Operation(summary = "The expert panel of a series")
    public List<PanelSeatDto> panel(@PathParam("id") long id) {
        series(id);
        return hours.panel(region(), id).stream().map(PanelSeatDto::of).toList();
    }

    @PUT
    @Path("series/{id}/panel")
    @Operation(summary = "Replace the expert panel: network people by id, each with their profession")
    public Response setPanel(@PathParam("id") long id, List<PanelDto> body) {
        return found(() -> ApiWrites.write(() -> hours.setPanel(region(), ApiWrites.caller(request), id,
                body.stream().map(p -> new PanelSeat(p.personId(), null, null, null, null, p.profession())).toList())
                .stream().map(PanelSeatDto::of).toList()));
    }

    @GET
    @Path("series/{id}/sessions")
    @Operation(summary = "Sessions of a series from a date (default today), each with its own booking deadline")
    public List<SessionDto> sessions(@PathParam("id") long id, @QueryParam("from") String from) {
        LocalDate since;
        try {
            since = from == null ? PortalTime.today() : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(new Problems().add("from", "api.body.date-expected"));
        }
        return hours.sessions(region(), ApiWrites.caller(request), id, since).stream().map(SessionDto::of).toList();
    }

    @POST
    @Path("series/{id}/sessions/generate")
    @Operation(summary = "Make the sessions of a recurring series in a date range (working days only)")
    public Response generate(@PathParam("id") long id, GenerateDto body) {
        return found(() -> ApiWrites.write(() -> hours.generate(region(), ApiWrites.caller(request), id, body.from(), body.until())
                .stream().map(SessionDto::of).toList()));
    }

    @POST
    @Path("series/{id}/sessions")
    @Operation(summary = "Add one session (an ad hoc hour) on a working day")
    public Response addSession(@PathParam("id") long id, AddSessionDto body) {
        return found(() -> ApiWrites.write(() -> SessionDto.of(hours.addSession(region(), ApiWrites.caller(request), id, body.date()))));
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "One session with its booking deadline")
    public SessionDto session(@PathParam("id") long id) {
        return hours.session(region(), ApiWrites.caller(request), id).map(SessionDto::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("sessions/{id}/queue")
    @Operation(summary = "The session's cases in arrival order (the series' organisers and panel only)")
    public List<CaseDto> queue(@PathParam("id") long id) {
        try {
            return bookings.queue(region(), ApiWrites.caller(request), id).stream().map(CaseDto::of).toList();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    @POST
    @Path("sessions/{id}/cases")
    @Operation(summary = "Book an anonymous case; 400 when late, full, not allowed, or the text names someone")
    public Response book(@PathParam("id") long id, BookingDto body) {
        return found(() -> ApiWrites.write(() -> CaseDto.of(bookings.book(region(), ApiWrites.caller(request), id,
                new CaseText(body.question(), body.reason(), body.description())))));
    }

    @POST
    @Path("cases/{id}/cancel")
    @Operation(summary = "Cancel one's own case, until the session's booking deadline")
    public Response cancel(@PathParam("id") long id) {
        return found(() -> ApiWrites.write(() -> {
            bookings.cancel(region(), ApiWrites.caller(request), id);
            return Response.noContent().build();
        }));
    }

    @POST
    @Path("cases/{id}/outcome")
    @Operation(summary = "Record what came of a case (organisers and the series' panel); a referral to a service names a catalogue service")
    public Response outcome(@PathParam("id") long id, OutcomeDto body) {
        return found(() -> ApiWrites.write(() -> CaseDto.of(bookings.conclude(region(), ApiWrites.caller(request), id, body.outcome(),
                body.serviceId(), body.followUp(), body.handlingMinutes()))));
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Statistics without identities over [from, until) (organisers): cases per month, by profession, organisation, reason, outcome; handling time; sessions released; expert minutes used and freed")
    public StatisticsDto statistics(@QueryParam("from") String from, @QueryParam("until") String until) {
        try {
            return StatisticsDto.of(statistics.of(region(), ApiWrites.caller(request), LocalDate.parse(from), LocalDate.parse(until)));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(new Problems().add("from", "api.body.date-expected"));
        }
    }

    @GET
    @Path("pairs")
    @Operation(summary = "Pair consultations the caller requested or is the consultant of (organisers: all)")
    public List<PairDto> pairs() {
        return pairs.list(region(), ApiWrites.caller(request)).stream().map(PairDto::of).toList();
    }

    @POST
    @Path("pairs")
    @Operation(summary = "Request a pair consultation from a consultant (a network person); the topic is checked like a case's text")
    public Response requestPair(PairRequestDto body) {
        return ApiWrites.write(() -> PairDto.of(pairs.request(region(), ApiWrites.caller(request), body.consultantPersonId(), body.topic(),
                body.wantedOn())));
    }

    @POST
    @Path("pairs/{id}/accept")
    @Operation(summary = "The consultant (or an organiser) accepts a requested pair consultation")
    public Response acceptPair(@PathParam("id") long id) {
        return found(() -> ApiWrites.write(() -> PairDto.of(pairs.accept(region(), ApiWrites.caller(request), id))));
    }

    @POST
    @Path("pairs/{id}/decline")
    @Operation(summary = "The consultant (or an organiser) declines a requested pair consultation")
    public Response declinePair(@PathParam("id") long id) {
        return found(() -> ApiWrites.write(() -> PairDto.of(pairs.decline(region(), ApiWrites.caller(request), id))));
    }

    @POST
    @Path("pairs/{id}/log")
    @Operation(summary = "Log an accepted pair consultation as held, with its outcome")
    public Response logPair(@PathParam("id") long id, PairLogDto body) {
        return found(() -> ApiWrites.write(() -> PairDto.of(pairs.log(region(), ApiWrites.caller(request), id, body.heldOn(), body.outcome(),
                body.serviceId(), body.followUp(), body.handlingMinutes()))));
    }

    @GET
    @Path("cases/mine")
    @Operation(summary = "The caller's own cases with their sessions")
    public List<MyBookingDto> mine() {
        return bookings.mine(region(), ApiWrites.caller(request)).stream().map(MyBookingDto::of).toList();
    }

    private static Response found(Supplier<Response> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private static LocalTime time(Problems problems, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field, "consultations.api.time");
            return null;
        }
    }
}
