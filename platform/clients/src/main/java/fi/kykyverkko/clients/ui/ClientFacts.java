package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import java.util.List;

/** The top of the client card: who is responsible and how to reach them, then who the client is. */
final class ClientFacts {

    private ClientFacts() {
    }

    /** The responsible person of each open episode, with how to reach them: what a caller needs first. */
    static Div responsible(ClientCardView card, People people, List<Episode> episodes) {
        Div box = new Div();
        box.setId("responsible-box");
        box.getStyle().set("border-left", "4px solid var(--lumo-primary-color)").set("padding", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("margin-bottom", "var(--lumo-space-m)");
        box.add(new Span(card.getTranslation("clients.card.responsible")));
        UnorderedList list = new UnorderedList();
        episodes.stream().filter(e -> !e.isEnded()).forEach(e -> e.getResponsiblePersonId().flatMap(id -> people.find(card.region(), id))
                .ifPresent(p -> list.add(contact(p, card.serviceName(e)))));
        if (list.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph(card.getTranslation("clients.card.no-responsible")));
        } else {
            box.add(list);
        }
        return box;
    }

    private static ListItem contact(Person person, String service) {
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

    /** Identity code (masked), contacts, municipality, language and the close person; empty facts are left out. */
    static UnorderedList facts(ClientCardView card, Client client) {
        UnorderedList facts = new UnorderedList();
        facts.setId("client-facts");
        facts.getStyle().set("overflow-wrap", "anywhere");
        fact(card, facts, "clients.field.identity-code",
                client.getIdentityMasked() == null ? card.getTranslation("clients.card.no-code") : client.getIdentityMasked());
        fact(card, facts, "clients.field.phone", client.getPhone());
        fact(card, facts, "clients.field.email", client.getEmail());
        fact(card, facts, "clients.field.address", client.getAddress());
        fact(card, facts, "clients.field.municipality", client.getMunicipality());
        fact(card, facts, "clients.field.language", card.getTranslation(client.getLanguage().labelKey())
                + (client.getInterpreterLanguage() == null ? ""
                : ", " + card.getTranslation("clients.field.interpreter") + ": " + client.getInterpreterLanguage()));
        if (!client.getClosePerson().isNone()) {
            fact(card, facts, "clients.card.close-person", client.getClosePerson().summary());
        }
        return facts;
    }

    private static void fact(ClientCardView card, UnorderedList facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new ListItem(card.getTranslation(labelKey) + ": " + value));
        }
    }
}
