package fi.kykyverkko.kernel.batch;

import fi.kykyverkko.kernel.tenancy.TenantDefinitionFiles;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/** Reads the definition files one by one; the checkpoint is the index of the next file. */
@Named
public class TenantDefinitionReader extends AbstractItemReader {

    @Inject
    TenantDefinitionFiles definitions;

    private List<Path> files;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        files = definitions.files();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < files.size() ? files.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
