package fi.kykyverkko.networks;

import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeContext;
import fi.kykyverkko.kernel.module.Indicator;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.module.CountIndicator;
import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.networks.api.OrganisationResource;
import fi.kykyverkko.networks.api.ServiceResource;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.MonthCount;
import fi.kykyverkko.networks.ui.CatalogueView;
import fi.kykyverkko.networks.ui.EventsView;
import fi.kykyverkko.networks.ui.GroupView;
import fi.kykyverkko.networks.ui.GroupsView;
import fi.kykyverkko.networks.ui.ImportView;
import fi.kykyverkko.networks.ui.OrganisationsView;
import fi.kykyverkko.networks.ui.PeopleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/** The core module for a region's network: organisations, people, groups, events and the service catalogue. */
@ApplicationScoped
public class NetworksModule extends DeclaredModule {

    public static final String ID = "networks";
    public static final String BUNDLE = "i18n." + ID;

    public NetworksModule() {
        super(ID, new LocalizedText("Verkosto ja palvelut", "Nätverk och tjänster", "Network and services"), true);
    }

    @Inject
    Events events;

    @Inject
    fi.kykyverkko.networks.home.NetworkHome home;

    /**
     * The module's texts in one language, for code outside Vaadin (the public page, imports); Finnish is the
     * default bundle, and no other language is ever mixed in.
     */
    public static java.util.ResourceBundle texts(java.util.Locale language) {
        return java.util.ResourceBundle.getBundle(BUNDLE, language, NetworksModule.class.getClassLoader(),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public List<ModuleView> views() {
        Set<String> readers = NetworkAccess.READERS;
        return List.of(
                new ModuleView(CatalogueView.class, "networks.catalogue.title", "vaadin:list", readers, true),
                new ModuleView(GroupsView.class, "networks.groups.title", "vaadin:group", readers, true),
                new ModuleView(GroupView.class, "networks.group.title", "vaadin:group", readers, false),
                new ModuleView(OrganisationsView.class, "networks.organisations.title", "vaadin:building", readers, true),
                new ModuleView(PeopleView.class, "networks.people.title", "vaadin:user-card", readers, true),
                new ModuleView(EventsView.class, "networks.events.title", "vaadin:calendar", readers, true),
                new ModuleView(ImportView.class, "networks.import.title", "vaadin:upload", NetworkAccess.EDITORS, true));
    }

    /** Tenant entities and their converters (tables in {@code db/tenant/networks}). */
    @Override
    public List<Class<?>> entities() {
        return List.of(fi.kykyverkko.networks.organisations.Organisation.class,
                fi.kykyverkko.networks.people.Person.class,
                fi.kykyverkko.networks.groups.CadenceConverter.class,
                fi.kykyverkko.networks.groups.NetworkGroup.class,
                fi.kykyverkko.networks.groups.GroupMember.class,
                fi.kykyverkko.networks.groups.GroupOrganisation.class,
                fi.kykyverkko.networks.groups.Meeting.class,
                fi.kykyverkko.networks.groups.MeetingAttachment.class,
                fi.kykyverkko.networks.groups.GroupTask.class,
                fi.kykyverkko.networks.catalogue.ChannelsConverter.class,
                fi.kykyverkko.networks.catalogue.CatalogueService.class,
                fi.kykyverkko.networks.events.NetworkEvent.class,
                fi.kykyverkko.networks.events.EventRegistration.class);
    }

    /** The public catalogue at {@code /public/<region>/palvelut}. */
    @Override
    public List<Class<? extends fi.kykyverkko.kernel.module.PublicPage>> publicPages() {
        return List.of(fi.kykyverkko.networks.catalogue.PublicCataloguePage.class);
    }

    @Override
    public List<Class<?>> resources() {
        return List.of(OrganisationResource.class, ServiceResource.class);
    }

    /** What the module does, in the menu's own names, for the front page. */
    @Override
    public String aboutKey() {
        return "networks.about";
    }

    /**
     * The person's front page in the region: what waits for them, what is coming and what changed in their groups
     * ({@code networks.home}).
     */
    @Override
    public List<HomeCard> homeCards(HomeContext context) {
        return home.cards(context);
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                eventIndicator("networks.events-held", new LocalizedText("Järjestetyt tapahtumat", "Ordnade evenemang", "Events held"),
                        new LocalizedText("tapahtumat", "evenemang", "events"), MonthCount::held),
                eventIndicator("networks.event-participants", new LocalizedText("Tapahtumien osallistujat", "Deltagare i evenemang", "Event participants"),
                        new LocalizedText("osallistujat", "deltagare", "participants"), MonthCount::participants));
    }

    private Indicator eventIndicator(String id, LocalizedText name, LocalizedText counted, ToLongFunction<MonthCount> figure) {
        return new CountIndicator(id, name, counted, (tenant, from, until) -> events.perMonth(tenant, from, until).stream().mapToLong(figure).sum());
    }
}
