package fi.kykyverkko.surveys.api;

import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.links.GuessesRefusedException;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.surveys.answering.AnswerJson;
import fi.kykyverkko.surveys.answering.LinkGoneException;
import fi.kykyverkko.surveys.answering.Submission;
import fi.kykyverkko.surveys.answering.SurveyAnswers;
import fi.kykyverkko.surveys.answering.SurveyClosedException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answering a survey through its personal link, without login: {@code POST public/links/{region}/{token}/answers}
 * with {@code {"submissionId": "<uuid>", "answers": {"item": ["value"]}}}. The caller makes the submission id
 * once and sends the same one on every retry: 200 {@code stored}, or {@code already-stored} for a retry (even after
 * the first try spent the link); 400 with every problem; 404 for a link that is not valid; 409 outside the window;
 * 429 after too many wrong tokens.
 */
@Path("public/links/{region}/{token}/answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "surveys")
@PermitAll
public class PublicAnswerResource {

    @Inject
    SurveyAnswers answers;

    @Context
    HttpServletRequest http;

    private static final JsonObject STORED = Json.createObjectBuilder().add("status", "stored").build();
    private static final JsonObject ALREADY_STORED = Json.createObjectBuilder().add("status", "already-stored").build();

    @POST
    @Operation(summary = "Store one answer through a personal link; idempotent by submissionId")
    public Response answer(@PathParam("region") String region, @PathParam("token") String token, JsonObject body) {
        if (TenantId.problemWith(region) != null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        if (body == null || !(body.get("submissionId") instanceof jakarta.json.JsonString id)
                || !(body.get("answers") instanceof JsonObject given)) {
            return ApiWrites.invalid(new fi.kykyverkko.kernel.domain.Problems().add("submissionId", "respond.submission-key.invalid"));
        }
        try {
            Submission done = answers.submitByToken(TenantId.of(region), token, http.getRemoteAddr(), id.getString(), AnswerJson.read(given));
            return Response.ok(done == Submission.STORED ? STORED : ALREADY_STORED).build();
        } catch (InvalidInputException e) {
            return ApiWrites.invalid(e.problems());
        } catch (IllegalArgumentException e) {
            return ApiWrites.invalid(new fi.kykyverkko.kernel.domain.Problems().add("answers", "instrument.answer.not-an-option"));
        } catch (LinkGoneException | fi.kykyverkko.kernel.tenancy.UnknownTenantException e) {
            return Response.status(Response.Status.NOT_FOUND).entity(JsonValue.EMPTY_JSON_OBJECT).build();
        } catch (SurveyClosedException e) {
            return Response.status(Response.Status.CONFLICT).entity(Json.createObjectBuilder().add("status", "closed").build()).build();
        } catch (GuessesRefusedException e) {
            return Response.status(429).header("Retry-After", Math.max(1, e.retryAfter().toSeconds())).build();
        }
    }
}
