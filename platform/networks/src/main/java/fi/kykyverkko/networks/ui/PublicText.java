package fi.kykyverkko.networks.ui;

/** HTML escaping for the few places that write markup by hand. */
final class PublicText {

    private PublicText() {
    }

    static String esc(String text) {
        return fi.kykyverkko.networks.catalogue.PublicCatalogueServlet.escape(text);
    }
}
