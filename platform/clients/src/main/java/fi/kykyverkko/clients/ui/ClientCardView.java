package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.card.ClientCard;
import fi.kykyverkko.clients.card.ClientCards;
import fi.kykyverkko.clients.consent.Consents;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.clients.referrals.Referrals;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The client card, on one screen: who the client is, the responsible person's contact first, the timeline of every
 * episode with its phases, durations, referrals and next step, the consents and the documents. A client the reader may
 * not see (another region, no consent, no such id) is "not found", the same answer for each. The card is read (and
 * audited) as one act through {@link ClientCards}.
 */
@Route(value = "clients/client/:id([0-9]{1,18})", layout = MainLayout.class)
public class ClientCardView extends PortalView implements BeforeEnterObserver {

    static final String ROUTE = "clients/client";

    private final Clients clients;
    private final Consents consents;
    private final Referrals referrals;
    private final People people;
    private final Organisations organisations;
    private final ClientCards cards;
    private final Div content = new Div();
    private long clientId;

    @Inject
    public ClientCardView(PortalSession session, Clients clients, Consents consents, Referrals referrals, People people,
            Organisations organisations, ClientCards cards) {
        super(session, "clients.card.title");
        this.clients = clients;
        this.consents = consents;
        this.referrals = referrals;
        this.people = people;
        this.organisations = organisations;
        this.cards = cards;
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        Optional<ClientCard> card = cards.open(tenant(), access(), id);
        if (card.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        clientId = id;
        show(card.get());
    }

    Access access() {
        return ClientAccess.of(user(), tenant(), ROUTE);
    }

    /** Reads the card again (after an act on it) and shows it. */
    void render() {
        Optional<ClientCard> card = cards.open(tenant(), access(), clientId);
        if (card.isEmpty()) {
            content.removeAll();
            content.add(new Paragraph(getTranslation("clients.card.gone")));
            return;
        }
        show(card.get());
    }

    private void show(ClientCard card) {
        content.removeAll();
        Client client = card.client();
        serviceNames = clients.services(tenant()).stream().collect(java.util.stream.Collectors.toMap(ClientService::getId,
                x -> x.getName().in(getLocale())));
        List<Phase> phases = clients.phases(tenant());
        phaseOrder = phases.stream().map(Phase::getCode).toList();
        phaseNames = phases.stream().collect(java.util.stream.Collectors.toMap(Phase::getCode, x -> x.getName().in(getLocale())));
        boolean team = card.team();
        Set<DataCategory> seen = card.seen();
        List<Episode> episodes = card.episodeList();

        H3 name = new H3(client.displayName());
        name.setId("client-heading");
        content.add(name);
        if (access().emergency()) {
            Paragraph warning = new Paragraph(getTranslation("clients.emergency.card"));
            warning.getElement().setAttribute("role", "alert");
            content.add(warning);
        }
        content.add(ClientFacts.responsible(this, people, episodes), ClientFacts.facts(this, client));
        if (team) {
            Button edit = new Button(getTranslation("clients.client.edit"), e -> new ClientDialog(clients, tenant(), user(), client, saved -> render()).open());
            edit.setId("edit-client");
            content.add(edit);
        }

        content.add(new H3(getTranslation("clients.card.episodes")));
        if (!seen.contains(DataCategory.EPISODES)) {
            content.add(new Paragraph(getTranslation("clients.card.episodes-not-covered")));
        } else {
            if (team) {
                Button open = new Button(getTranslation("clients.episode.open"), e -> EpisodeActs.open(this, clients, tenant(), clientId));
                open.setId("open-episode");
                content.add(open);
            }
            if (episodes.isEmpty()) {
                content.add(new Paragraph(getTranslation("clients.card.no-episodes")));
            } else {
                Div timeline = new Div(new com.vaadin.flow.component.Html(EpisodeTimeline.svg(episodes, phaseOrder, this::serviceName,
                        this::phaseName, fi.kykyverkko.kernel.time.PortalTime.today(), getTranslation("clients.card.timeline", episodes.size()))));
                timeline.setId("episode-timeline");
                content.add(timeline);
            }
            // newest first: the open work is on top, the history below it
            card.episodes().stream().sorted((a, b) -> b.episode().getStartedOn().compareTo(a.episode().getStartedOn()))
                    .forEach(e -> content.add(new EpisodePanel(this, e, team, seen.contains(DataCategory.MEASUREMENTS), clients, referrals, people, organisations)));
        }
        if (team) {
            content.add(new ConsentsPanel(this, consents, organisations, clientId, card.consents()),
                    new DocumentsPanel(this, referrals, card.documents()));
        }
    }

    /** The region's service and phase names, read once per render rather than once per line. */
    private Map<Long, String> serviceNames = Map.of();
    private Map<String, String> phaseNames = Map.of();
    private List<String> phaseOrder = List.of();

    String serviceName(Episode episode) {
        return serviceNames.getOrDefault(episode.getServiceId(), "?");
    }

    String phaseName(String code) {
        return phaseNames.getOrDefault(code, code);
    }
    java.util.Locale language() {
        return getLocale();
    }

    fi.kykyverkko.kernel.tenancy.TenantId region() {
        return tenant();
    }

    fi.kykyverkko.kernel.identity.PortalUser person() {
        return user();
    }
}
