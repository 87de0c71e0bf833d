package fi.kykyverkko.kernel.batch;

import fi.kykyverkko.kernel.tenancy.TenantDefinitionFiles;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;

/** Parses and validates one file; a bad file becomes a rejected item, never a failed job. */
@Named
public class TenantDefinitionProcessor implements ItemProcessor {

    @Inject
    TenantDefinitionFiles definitions;

    @Override
    public Object processItem(Object item) {
        return definitions.parse((Path) item);
    }
}
