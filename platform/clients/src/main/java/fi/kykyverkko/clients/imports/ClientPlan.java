package fi.kykyverkko.clients.imports;

import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import java.util.List;

/**
 * A client of the file with every row checked and none wrong: the client to register (not yet identified: the
 * code is sealed only when it is stored) and one episode per row.
 *
 * @param code the identity code, or null; its {@code toString} is the masked form
 */
public record ClientPlan(int firstLine, Client client, IdentityCode code, List<EpisodePlan> episodes) {

    public ClientPlan {
        episodes = List.copyOf(episodes);
    }
}
