package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.clients.clients.ClientDocument;
import fi.kykyverkko.clients.referrals.Referrals;
import java.io.ByteArrayInputStream;
import java.util.List;

/** The client's referral letters and scanned consent forms (listed by the card), each a download whose content is read (and audited) when fetched. */
final class DocumentsPanel extends Div {

    DocumentsPanel(ClientCardView card, Referrals referrals, List<ClientDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        add(new H3(card.getTranslation("clients.card.documents")));
        UnorderedList list = new UnorderedList();
        list.setId("client-documents");
        for (ClientDocument d : documents) {
            // a file is always a download, never a page the portal renders
            StreamResource file = new StreamResource(d.getFileName(), () -> new ByteArrayInputStream(
                    referrals.documentContent(card.region(), card.access(), d.getId()).orElse(new byte[0])));
            file.setContentType("application/octet-stream");
            Anchor download = new Anchor(file, card.getTranslation(d.getKind().labelKey()) + ": " + d.getFileName()
                    + " (" + Math.max(1, d.getSizeBytes() / 1024) + " kt)");
            download.getElement().setAttribute("download", true);
            list.add(new ListItem(download));
        }
        add(list);
    }
}
