package fi.kykyverkko.kernel.tenancy;

import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Platform administration of tenants for integrations and scripts; the UI uses the same services. */
@Path("platform/tenants")
@RequestScoped
@RequiresRole(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantRegistry registry;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantDefinitionFiles definitionFiles;

    @Inject
    ModuleRegistry modules;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    public JsonArray list() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        registry.all().forEach(t -> array.add(toJson(t)));
        return array.build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        if (TenantId.problemWith(id) != null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return registry.find(TenantId.of(id))
                .map(t -> Response.ok(toJson(t).build()).build())
                .orElse(Response.status(Response.Status.NOT_FOUND).build());
    }

    /** Creates a tenant at runtime from a definition in the same JSON format as the files in tenants/. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String definitionJson) {
        String source = "API by " + security.getUserPrincipal().getName();
        TenantDefinitionParser.Result parsed;
        try {
            parsed = new TenantDefinitionParser(modules.installedIds()).parse("API", definitionJson, null);
        } catch (InvalidTenantDefinitionException e) {
            return problems(Response.Status.BAD_REQUEST, e.problems());
        }
        try {
            provisioner.create(parsed.definition(), source);
        } catch (TenantExistsException e) {
            return problems(Response.Status.CONFLICT, List.of(new DefinitionProblem("API", "id", e.getMessage(), true)));
        }
        Tenant created = registry.require(parsed.definition().id());
        return Response.created(uri.getAbsolutePathBuilder().path(created.tenantId().value()).build())
                .entity(toJson(created).add("warnings", problemArray(parsed.warnings())).build())
                .build();
    }

    /** What happened when the definition files were last applied. */
    @GET
    @Path("definition-reports")
    public JsonArray reports() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (DefinitionReport r : definitionFiles.reports()) {
            array.add(Json.createObjectBuilder()
                    .add("source", r.source())
                    .add("tenant", r.tenantId() == null ? "" : r.tenantId())
                    .add("outcome", r.outcome().name())
                    .add("problems", Json.createArrayBuilder(r.problems().isEmpty() ? List.of() : r.problems().lines().toList()))
                    .add("checkedAt", r.checkedAt().toString()));
        }
        return array.build();
    }

    private static JsonObjectBuilder toJson(Tenant t) {
        return Json.createObjectBuilder()
                .add("id", t.tenantId().value())
                .add("schema", t.schemaName())
                .add("names", Json.createObjectBuilder()
                        .add("fi", t.names().fi()).add("sv", t.names().sv()).add("en", t.names().en()))
                .add("organisation", t.organisation())
                .add("municipalities", Json.createArrayBuilder(t.municipalities()))
                .add("modules", Json.createArrayBuilder(t.modules().stream().sorted().toList()))
                .add("theme", t.theme())
                .add("definedBy", t.definedBy())
                .add("createdAt", t.createdAt().toString())
                .add("updatedAt", t.updatedAt().toString());
    }

    private static Response problems(Response.Status status, List<DefinitionProblem> problems) {
        JsonObject body = Json.createObjectBuilder().add("problems", problemArray(problems)).build();
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static JsonArrayBuilder problemArray(List<DefinitionProblem> problems) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        problems.forEach(p -> array.add(Json.createObjectBuilder()
                .add("field", p.field()).add("reason", p.reason()).add("severity", p.error() ? "error" : "warning")));
        return array;
    }
}
