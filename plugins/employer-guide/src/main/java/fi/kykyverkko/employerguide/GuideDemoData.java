package fi.kykyverkko.employerguide;

import fi.kykyverkko.kernel.demo.DemoData;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.schema.TenantsReady;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantChanged;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo guide of a region that has the plugin on ({@code demo/employer-guide/<region>/sections.json} in this
 * jar), loaded with {@code kyky.demo-data=true} when the region's guide is still empty.
 */
@ApplicationScoped
public class GuideDemoData {

    private static final Logger LOG = Logger.getLogger(GuideDemoData.class.getName());

    @Inject
    DemoData demo;

    @Inject
    EmployerGuide guide;

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantRegistry registry;

    void onTenantsReady(@Observes TenantsReady ready) {
        registry.all().forEach(this::loadIfEmpty);
    }

    void onTenantChanged(@Observes TenantChanged change) {
        registry.find(change.tenant()).ifPresent(this::loadIfEmpty);
    }

    private void loadIfEmpty(Tenant tenant) {
        if (modules.find(EmployerGuideModule.ID).filter(m -> modules.isEnabled(m, tenant)).isEmpty()) {
            return;
        }
        demo.file(GuideDemoData.class, EmployerGuideModule.ID, tenant.tenantId(), "sections.json").ifPresent(json -> {
            try {
                if (guide.isEmpty(tenant.tenantId())) {
                    int count = 0;
                    for (JsonValue value : Json.createReader(new ByteArrayInputStream(json)).readArray()) {
                        guide.saveAsSystem(tenant.tenantId(), section(value.asJsonObject()));
                        count++;
                    }
                    int loaded = count;
                    LOG.info(() -> "Demo employer guide of " + tenant.tenantId() + " loaded: " + loaded + " sections");
                }
            } catch (RuntimeException e) {
                // demo data must never stop a region from starting
                LOG.log(Level.WARNING, "Demo employer guide of " + tenant.tenantId() + " could not be loaded", e);
            }
        });
    }

    static GuideSection section(JsonObject s) {
        GuideSection section = new GuideSection(s.getString("code"), s.getInt("position"),
                MultilingualText.of(s.getString("titleFi"), s.getString("titleSv", null), s.getString("titleEn", null)),
                MultilingualText.of(s.getString("bodyFi"), s.getString("bodySv", null), s.getString("bodyEn", null)));
        section.rewrite(section.getTitle(), section.getBody(), s.getString("contact", null));
        if (s.getBoolean("published", true)) {
            section.publish();
        }
        return section;
    }
}
