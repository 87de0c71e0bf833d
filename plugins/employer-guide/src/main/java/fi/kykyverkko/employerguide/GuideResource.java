package fi.kykyverkko.employerguide;

import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The region's employer guide over REST (for the region's own web site or an employer service). Readers: any
 * member of the region (drafts only for editors); writers: the employer liaison and the region's admins.
 */
@Path("tenants/{tenant}/employer-guide")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "employer-guide")
@RequiresRole({}) // any member of the region; EmployerGuide checks who may write
public class GuideResource {

    /** A section as the API shows it. */
    public record SectionDto(String code, int position, String titleFi, String titleSv, String titleEn,
                             String bodyFi, String bodySv, String bodyEn, String contact, boolean published) {

        static SectionDto of(GuideSection s) {
            return new SectionDto(s.getCode(), s.getPosition(), s.getTitle().fi(), s.getTitle().sv(), s.getTitle().en(),
                    s.getBody().fi(), s.getBody().sv(), s.getBody().en(), s.getContact(), s.isPublished());
        }
    }

    @Inject
    EmployerGuide guide;

    @PathParam("tenant")
    String tenant;

    @Context
    ContainerRequestContext request;

    @GET
    @Operation(summary = "The guide's sections in order (drafts too, for editors)")
    public List<SectionDto> sections() {
        return guide.sectionsFor(ApiWrites.caller(request), TenantId.of(tenant)).stream().map(SectionDto::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One section by its code")
    public SectionDto section(@PathParam("code") String code) {
        return guide.sectionsFor(ApiWrites.caller(request), TenantId.of(tenant)).stream().filter(s -> s.getCode().equals(code))
                .findFirst().map(SectionDto::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Create or rewrite a section by its code; 400 lists every problem, 403 for a reader")
    public Response put(@PathParam("code") String code, SectionDto body) {
        return ApiWrites.write(() -> {
            MultilingualText title = MultilingualText.of(body.titleFi(), body.titleSv(), body.titleEn());
            MultilingualText text = MultilingualText.of(body.bodyFi(), body.bodySv(), body.bodyEn());
            GuideSection section = guide.section(TenantId.of(tenant), code)
                    .orElseGet(() -> new GuideSection(code, body.position(), title, text));
            section.moveTo(body.position());
            section.rewrite(title, text, body.contact());
            if (body.published()) {
                section.publish();
            } else {
                section.withdraw();
            }
            return SectionDto.of(guide.save(ApiWrites.caller(request), TenantId.of(tenant), section));
        });
    }
}
