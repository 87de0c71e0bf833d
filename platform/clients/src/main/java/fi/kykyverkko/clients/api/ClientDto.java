package fi.kykyverkko.clients.api;

import fi.kykyverkko.clients.clients.Client;

/**
 * A client as the API shows them: the identity code only masked, never in clear. On registration {@code identityCode}
 * carries the code in; it is never sent back.
 */
public record ClientDto(Long id, String firstName, String lastName, String nickname, String identityMasked, String identityCode,
        String phone, String email, String municipality, String language, String interpreterLanguage) {

    static ClientDto of(Client c) {
        return new ClientDto(c.getId(), c.getFirstName(), c.getLastName(), c.getNickname(), c.getIdentityMasked(), null, c.getPhone(),
                c.getEmail(), c.getMunicipality(), c.getLanguage().name(), c.getInterpreterLanguage());
    }
}
