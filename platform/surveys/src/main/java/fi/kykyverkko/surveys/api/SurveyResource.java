package fi.kykyverkko.surveys.api;

import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.links.IssuedLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.surveys.survey.Access;
import fi.kykyverkko.surveys.survey.Audience;
import fi.kykyverkko.surveys.survey.InviteReport;
import fi.kykyverkko.surveys.survey.ReminderPolicy;
import fi.kykyverkko.surveys.survey.Results;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.SurveyDraft;
import fi.kykyverkko.surveys.survey.SurveyResults;
import fi.kykyverkko.surveys.survey.Surveys;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Surveys for the region's organisers: make one, invite people, hand out the open link, read the live results. */
@Path("tenants/{tenant}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "surveys")
@RequiresRole({"professional", "manager", "tenant-admin", "panel-facilitator"})
public class SurveyResource {

    @Inject
    Surveys surveys;

    @Inject
    Results results;

    @Inject
    PersonalLinks links;

    @PathParam("tenant")
    String tenant;

    @Context
    ContainerRequestContext request;

    public record SurveyDto(Long id, String title, String instrument, int instrumentVersion, String audience, String access,
                            boolean anonymous, Instant opensAt, Instant closesAt, int remindAfterDays, int maxReminders) {
        static SurveyDto of(Survey s) {
            return new SurveyDto(s.getId(), s.getTitle(), s.getInstrumentCode(), s.getInstrumentNumber(), s.getAudience().name(),
                    s.getAccess().name(), s.isAnonymous(), s.getOpensAt(), s.getClosesAt(), s.reminders().afterDays(), s.reminders().maxReminders());
        }
    }

    @POST
    @Operation(summary = "Make a survey of the latest version of a library instrument; 400 lists every problem")
    public Response create(SurveyDto body) {
        return ApiWrites.write(() -> SurveyDto.of(surveys.create(TenantId.of(tenant), ApiWrites.caller(request),
                new SurveyDraft(body.title(), body.instrument(), choice(Audience.class, body.audience(), "audience", null),
                        choice(Access.class, body.access(), "access", Access.PRIVATE_LINKS), body.anonymous(), body.opensAt(), body.closesAt(),
                        new ReminderPolicy(body.remindAfterDays() == 0 ? 7 : body.remindAfterDays(), body.maxReminders()), null))));
    }

    /** {@code value} as a constant of {@code type}; an unknown one is the field's problem, listing the known ones. */
    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, E otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            String known = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", "));
            throw new fi.kykyverkko.kernel.domain.InvalidInputException(new fi.kykyverkko.kernel.domain.Problems().add(field, "import.unknown-choice", known));
        }
    }

    @POST
    @Path("{id}/invitations")
    @Operation(summary = "Invite e-mail addresses (each once per survey) and queue their invitation mails")
    public Response invite(@PathParam("id") long id, JsonObject body) {
        if (!(body.get("emails") instanceof jakarta.json.JsonArray emails)
                || !emails.stream().allMatch(e -> e instanceof jakarta.json.JsonString)) {
            return ApiWrites.invalid(new fi.kykyverkko.kernel.domain.Problems().add("emails", "api.body.list-expected"));
        }
        List<String> addresses = emails.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        if (body.containsKey("language") && !(body.get("language") instanceof jakarta.json.JsonString)) {
            return ApiWrites.invalid(new fi.kykyverkko.kernel.domain.Problems().add("language", "api.body.string-expected"));
        }
        return ApiWrites.write(() -> {
            InviteReport report = surveys.invite(TenantId.of(tenant), ApiWrites.caller(request), id, addresses, body.getString("language", "fi"));
            return Json.createObjectBuilder().add("invited", report.invited())
                    .add("alreadyInvited", Json.createArrayBuilder(report.alreadyInvited()))
                    .add("refused", Json.createArrayBuilder(report.refused())).build();
        });
    }

    @POST
    @Path("{id}/open-link")
    @Operation(summary = "A new open link of an open-link survey: its path and short code (shown once, not stored)")
    public Response openLink(@PathParam("id") long id) {
        return ApiWrites.write(() -> {
            IssuedLink link = surveys.openLink(TenantId.of(tenant), ApiWrites.caller(request), id);
            return Json.createObjectBuilder().add("path", links.path(TenantId.of(tenant), link.token()))
                    .add("token", link.token()).add("shortCode", link.shortCodeGrouped().orElse("")).build();
        });
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "Live results: the rate with its denominator, means, distributions, free texts (hidden below an anonymous survey's minimum)")
    public SurveyResults results(@PathParam("id") long id) {
        return results.of(TenantId.of(tenant), ApiWrites.caller(request), id);
    }
}
