package fi.kykyverkko.kernel.batch;

import fi.kykyverkko.kernel.tenancy.TenantDefinitionFiles;
import fi.kykyverkko.kernel.tenancy.TenantDefinitionFiles.Parsed;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Applies parsed definitions (create, update or leave alone) and records each outcome. */
@Named
public class TenantDefinitionWriter extends AbstractItemWriter {

    @Inject
    TenantDefinitionFiles definitions;

    @Override
    public void writeItems(List<Object> items) {
        items.forEach(item -> definitions.apply((Parsed) item));
    }
}
