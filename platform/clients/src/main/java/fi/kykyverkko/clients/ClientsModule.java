package fi.kykyverkko.clients;

import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The core module for a region's clients: who they are, the services they are in, their clienthood episodes with
 * referrals, consents and caseloads, and the data protection officer's view of the audit log.
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

    @Override
    public int menuOrder() {
        return 20;
    }

    @Override
    public List<fi.kykyverkko.kernel.module.ModuleView> views() {
        java.util.Set<String> readers = ClientRoles.READERS;
        return List.of(
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.clients.ui.MyClientsView.class, "clients.mine.title", "vaadin:clipboard-user", ClientRoles.TEAM, true),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.clients.ui.ClientsView.class, "clients.search.title", "vaadin:search", readers, true),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.clients.ui.ClientCardView.class, "clients.card.title", "vaadin:user", readers, false),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.clients.imports.ClientImportView.class, "clients.import.title", "vaadin:upload", ClientRoles.TEAM, false),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.clients.ui.CaseloadsView.class, "clients.caseloads.title", "vaadin:chart-3d",
                        java.util.Set.of(fi.kykyverkko.kernel.security.Roles.MANAGER), true),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.clients.ui.AuditView.class, "clients.audit.title", "vaadin:eye",
                        java.util.Set.of(ClientRoles.DATA_PROTECTION.name()), true),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.clients.settings.ClientsSettingsView.class, "clients.settings.title", "vaadin:cog",
                        java.util.Set.of(fi.kykyverkko.kernel.security.Roles.MANAGER, ClientRoles.DATA_PROTECTION.name()), true));
    }

    @Override
    public List<Class<?>> resources() {
        return List.of(fi.kykyverkko.clients.api.ClientResource.class);
    }

    @Override
    public String aboutKey() {
        return "clients.about";
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
                fi.kykyverkko.clients.episodes.Handover.class,
                fi.kykyverkko.clients.clients.ClientDocument.class,
                fi.kykyverkko.clients.consent.Consent.class,
                fi.kykyverkko.clients.referrals.ReferralSource.class,
                fi.kykyverkko.clients.referrals.WarmHandover.class,
                fi.kykyverkko.clients.referrals.ReferrerFeedback.class,
                fi.kykyverkko.clients.caseloads.CaseloadOverride.class,
                fi.kykyverkko.clients.retention.RetentionSetting.class,
                fi.kykyverkko.clients.retention.ClientAnonymisation.class,
                fi.kykyverkko.clients.retention.RetentionRun.class);
    }

    /** The data protection officer and emergency access, in every region. */
    @Override
    public List<fi.kykyverkko.kernel.module.ModuleRole> roles() {
        return List.of(ClientRoles.DATA_PROTECTION, ClientRoles.EMERGENCY_ACCESS);
    }
}
