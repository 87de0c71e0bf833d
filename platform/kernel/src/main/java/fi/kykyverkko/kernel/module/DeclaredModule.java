package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.tenancy.LocalizedText;

/**
 * A {@link PortalModule} that states who it is once, in its constructor: id, name in the three languages, and
 * whether it is a core module (on everywhere). Modules extend this and override only what they contribute.
 */
public abstract class DeclaredModule implements PortalModule {

    private final String id;
    private final LocalizedText name;
    private final boolean core;

    protected DeclaredModule(String id, LocalizedText name, boolean core) {
        this.id = id;
        this.name = name;
        this.core = core;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText name() {
        return name;
    }

    @Override
    public boolean core() {
        return core;
    }
}
