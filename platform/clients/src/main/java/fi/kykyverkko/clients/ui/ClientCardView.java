package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientDocument;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.consent.ClientGate;
import fi.kykyverkko.clients.consent.Consents;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.Referrals;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The client card, on one screen: who the client is, the responsible person's contact first, the timeline of every
 * episode with its phases, durations, referrals and next step, the consents and the documents. A client the reader may
 * not see (another region, no consent, no such id) is "not found", the same answer for each. Each read is audited.
 */
@Route(value = "clients/client/:id([0-9]{1,18})", layout = MainLayout.class)
public class ClientCardView extends PortalView implements BeforeEnterObserver {

    static final String ROUTE = "clients/client";

    private final Clients clients;
    private final Consents consents;
    private final Referrals referrals;
    private final People people;
    private final Organisations organisations;
    private final ClientGate gate;
    private final Div content = new Div();
    private long clientId;

    @Inject
    public ClientCardView(PortalSession session, Clients clients, Consents consents, Referrals referrals, People people,
            Organisations organisations, ClientGate gate) {
        super(session, "clients.card.title");
        this.clients = clients;
        this.consents = consents;
        this.referrals = referrals;
        this.people = people;
        this.organisations = organisations;
        this.gate = gate;
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        if (clients.find(tenant(), access(), id).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        clientId = id;
        render();
    }

    Access access() {
        return ClientAccess.of(user(), tenant(), ROUTE);
    }

    void render() {
        content.removeAll();
        Optional<Client> found = clients.find(tenant(), access(), clientId);
        if (found.isEmpty()) {
            content.add(new Paragraph(getTranslation("clients.card.gone")));
            return;
        }
        Client client = found.get();
        boolean team = ClientRoles.isTeam(user(), tenant()) && !access().emergency();
        Set<DataCategory> seen = gate.categories(tenant(), access(), clientId);
        List<Episode> episodes = clients.episodesOf(tenant(), access(), clientId);

        H3 name = new H3(client.displayName());
        name.setId("client-heading");
        content.add(name);
        if (access().emergency()) {
            Paragraph warning = new Paragraph(getTranslation("clients.emergency.card"));
            warning.getElement().setAttribute("role", "alert");
            content.add(warning);
        }
        content.add(responsible(episodes));
        content.add(facts(client));
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
            }
            // newest first: the open work is on top, the history below it
            episodes.stream().sorted((a, b) -> b.getStartedOn().compareTo(a.getStartedOn()))
                    .forEach(e -> content.add(new EpisodePanel(this, e, team, clients, referrals, people, organisations)));
        }
        if (team) {
            content.add(new ConsentsPanel(this, consents, organisations, clientId));
            documents();
        }
    }

    /** The responsible person of each open episode, with how to reach them: what a caller needs first. */
    private Div responsible(List<Episode> episodes) {
        Div box = new Div();
        box.setId("responsible-box");
        box.getStyle().set("border-left", "4px solid var(--lumo-primary-color)").set("padding", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("margin-bottom", "var(--lumo-space-m)");
        box.add(new Span(getTranslation("clients.card.responsible")));
        UnorderedList list = new UnorderedList();
        episodes.stream().filter(e -> !e.isEnded()).forEach(e -> e.getResponsiblePersonId().flatMap(id -> people.find(tenant(), id))
                .ifPresent(p -> list.add(contact(p, serviceName(e)))));
        if (list.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph(getTranslation("clients.card.no-responsible")));
        } else {
            box.add(list);
        }
        return box;
    }

    private ListItem contact(Person person, String service) {
        ListItem item = new ListItem();
        item.add(new Span(person.getName() + (person.getTitle() == null ? "" : ", " + person.getTitle()) + " (" + service + ")"));
        if (person.getPhone() != null) {
            item.add(new Span(" "), new Anchor("tel:" + person.getPhone().replace(" ", ""), person.getPhone()));
        }
        if (person.getEmail() != null) {
            item.add(new Span(" "), new Anchor("mailto:" + person.getEmail(), person.getEmail()));
        }
        return item;
    }

    private UnorderedList facts(Client client) {
        UnorderedList facts = new UnorderedList();
        facts.setId("client-facts");
        facts.getStyle().set("overflow-wrap", "anywhere");
        fact(facts, "clients.field.identity-code", client.getIdentityMasked() == null ? getTranslation("clients.card.no-code") : client.getIdentityMasked());
        fact(facts, "clients.field.phone", client.getPhone());
        fact(facts, "clients.field.email", client.getEmail());
        fact(facts, "clients.field.address", client.getAddress());
        fact(facts, "clients.field.municipality", client.getMunicipality());
        fact(facts, "clients.field.language", getTranslation(client.getLanguage().labelKey())
                + (client.getInterpreterLanguage() == null ? "" : ", " + getTranslation("clients.field.interpreter") + ": " + client.getInterpreterLanguage()));
        if (!client.getClosePerson().isNone()) {
            var close = client.getClosePerson();
            fact(facts, "clients.card.close-person", String.join(", ", java.util.stream.Stream.of(close.name(), close.relation(), close.phone())
                    .filter(java.util.Objects::nonNull).toList()));
        }
        return facts;
    }

    private void fact(UnorderedList facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new ListItem(getTranslation(labelKey) + ": " + value));
        }
    }

    private void documents() {
        List<ClientDocument> documents = referrals.documentsOf(tenant(), access(), clientId);
        if (documents.isEmpty()) {
            return;
        }
        content.add(new H3(getTranslation("clients.card.documents")));
        UnorderedList list = new UnorderedList();
        list.setId("client-documents");
        for (ClientDocument d : documents) {
            // a file is always a download, never a page the portal renders
            StreamResource file = new StreamResource(d.getFileName(), () -> new ByteArrayInputStream(
                    referrals.documentContent(tenant(), access(), d.getId()).orElse(new byte[0])));
            file.setContentType("application/octet-stream");
            Anchor download = new Anchor(file, getTranslation(d.getKind().labelKey()) + ": " + d.getFileName()
                    + " (" + Math.max(1, d.getSizeBytes() / 1024) + " kt)");
            download.getElement().setAttribute("download", true);
            list.add(new ListItem(download));
        }
        content.add(list);
    }

    String serviceName(Episode episode) {
        return clients.services(tenant()).stream().filter(s -> s.getId() == episode.getServiceId()).findFirst()
                .map(s -> s.getName().in(getLocale())).orElse("?");
    }

    String phaseName(String code) {
        return clients.phases(tenant()).stream().filter(p -> p.getCode().equals(code)).findFirst()
                .map(p -> p.getName().in(getLocale())).orElse(code);
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
