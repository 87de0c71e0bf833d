package fi.kykyverkko.shell.links;

import fi.kykyverkko.kernel.links.LiveLink;
import fi.kykyverkko.kernel.tenancy.Tenant;

/**
 * A live personal link being opened: the region, the link, the page's own address (the form posts back to it) and
 * the hidden fields a form must carry back (the short code, when the person came in by typing one: the code is
 * the credential then, and it travels in the form body, never in an address).
 */
public record LinkVisit(Tenant region, LiveLink link, String self, String credentialFields) {
}
