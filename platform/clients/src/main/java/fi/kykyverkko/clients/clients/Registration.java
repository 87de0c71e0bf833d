package fi.kykyverkko.clients.clients;

/**
 * What {@link Clients#register} did: registered a new client, or found the identity code already registered in
 * the region and returned that client instead, so the person entering is warned and no second client is made.
 */
public record Registration(Client client, boolean duplicate) {
}
