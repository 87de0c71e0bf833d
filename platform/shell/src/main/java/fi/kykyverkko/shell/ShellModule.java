package fi.kykyverkko.shell;

import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The portal shell as a module: the front page and the shell's own texts (bundle i18n/portal). */
@ApplicationScoped
public class ShellModule extends DeclaredModule {

    public ShellModule() {
        super("portal", new LocalizedText("Portaali", "Portal", "Portal"), true);
    }

    @Override
    public int menuOrder() {
        return 0; // the front page comes first
    }

    @Override
    public String tenantMigrations() {
        return null;
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView(HomeView.class, "home.title", "vaadin:home", Set.of(), true),
                new ModuleView(PortalRoot.class, "home.title", null, Set.of(), false));
    }
}
