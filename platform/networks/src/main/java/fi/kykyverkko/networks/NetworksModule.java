package fi.kykyverkko.networks;

import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeContext;
import fi.kykyverkko.kernel.module.Indicator;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.module.CountIndicator;
import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.api.OrganisationResource;
import fi.kykyverkko.networks.api.ServiceResource;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.MonthCount;
import fi.kykyverkko.networks.groups.GroupSummary;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.ui.CatalogueView;
import fi.kykyverkko.networks.ui.EventsView;
import fi.kykyverkko.networks.ui.GroupView;
import fi.kykyverkko.networks.ui.GroupsView;
import fi.kykyverkko.networks.ui.ImportView;
import fi.kykyverkko.networks.ui.OrganisationsView;
import fi.kykyverkko.networks.ui.PeopleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
    Groups groups;

    @Inject
    Catalogue catalogue;

    @Inject
    Events events;

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

    /**
     * Quiet groups for everyone in the region (networks faded when nobody noticed), a personal note to the
     * convener of a quiet group, the entries of a member's organisation that wait for review, and open tasks.
     */
    @Override
    public List<HomeCard> homeCards(HomeContext context) {
        if (!context.hasAnyRole(NetworkAccess.READERS.toArray(String[]::new))) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        List<GroupSummary> quiet = groups.quiet(context.tenant());
        if (!quiet.isEmpty()) {
            List<HomeCard.Line> lines = new ArrayList<>();
            for (GroupSummary s : quiet) {
                boolean mine = s.group().isConvenedBy(context.user().username());
                lines.add(HomeCard.Line.link(GroupView.class, String.valueOf(s.group().getId()),
                        mine ? "networks.home.quiet-group-yours" : "networks.home.quiet-group", s.group().getName(),
                        s.activity().lastHeld() == null ? "–" : PortalTime.date(s.activity().lastHeld(), null)));
            }
            cards.add(new HomeCard("networks.home.quiet-title", true, lines));
        }
        List<CatalogueService> toReview = context.hasAnyRole(Roles.NETWORK_MEMBER)
                ? catalogue.maintainedBy(context.tenant(), context.user().username()).stream().filter(s -> s.needsReview(PortalTime.today())).toList()
                : context.hasAnyRole(Roles.TENANT_ADMIN) ? catalogue.needingReview(context.tenant()) : List.of();
        if (!toReview.isEmpty()) {
            cards.add(new HomeCard("networks.home.review-title", true, toReview.stream().limit(10)
                    .map(s -> HomeCard.Line.link(fi.kykyverkko.networks.ui.CatalogueView.class, null, "networks.home.review-line", s.getNameFi(),
                            PortalTime.date(s.getLastReviewed(), null))).toList()));
        }
        List<GroupTask> tasks = groups.openTasksOf(context.tenant(), context.user().username());
        if (!tasks.isEmpty()) {
            cards.add(new HomeCard("networks.home.tasks-title", tasks.stream().anyMatch(t -> t.isOverdue(PortalTime.today())), tasks.stream()
                    .map(t -> HomeCard.Line.link(GroupView.class, String.valueOf(t.getGroupId()), "networks.home.task-line", t.getTitle(),
                            t.getDueOn() == null ? "–" : PortalTime.date(t.getDueOn(), null))).toList()));
        }
        return cards;
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
