package fi.kykyverkko.clients;

import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The core module for a region's clients: who they are, the services they are in and their clienthood episodes.
 * The domain core only for now: no views (the menu shows nothing of it) and no roles of its own yet.
 */
@ApplicationScoped
public class ClientsModule extends DeclaredModule {

    public static final String ID = "clients";
    public static final String BUNDLE = "i18n." + ID;

    public ClientsModule() {
        super(ID, new LocalizedText("Asiakkaat", "Klienter", "Clients"), true);
    }

    /** The module's texts in one language for code outside Vaadin; Finnish is the default, nothing else mixed in. */
    public static ResourceBundle texts(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, ClientsModule.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Tenant entities and embeddables (tables in {@code db/tenant/clients}). */
    @Override
    public List<Class<?>> entities() {
        return List.of(fi.kykyverkko.clients.clients.Client.class,
                fi.kykyverkko.clients.clients.ClosePerson.class,
                fi.kykyverkko.clients.services.ClientService.class,
                fi.kykyverkko.clients.episodes.Phase.class,
                fi.kykyverkko.clients.episodes.Episode.class,
                fi.kykyverkko.clients.episodes.PhaseEntry.class,
                fi.kykyverkko.clients.episodes.Handover.class);
    }
}
