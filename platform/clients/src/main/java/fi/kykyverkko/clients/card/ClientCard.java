package fi.kykyverkko.clients.card;

import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientDocument;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.ReferrerFeedback;
import fi.kykyverkko.clients.referrals.WarmHandover;
import fi.kykyverkko.kernel.audit.DataCategory;
import java.util.List;
import java.util.Set;

/**
 * Everything the client card shows, read at once for one reader: what the gate lets them see and nothing more.
 * Episodes and their referral data are empty when the reader's consent does not cover episodes; consents and
 * documents are read for the region's team only.
 *
 * @param seen the categories of the client's data the reader may see now
 * @param team whether the reader works in the region's team (and not under emergency access): they may act on it
 */
public record ClientCard(Client client, Set<DataCategory> seen, boolean team, List<EpisodeFile> episodes,
                         List<Consent> consents, List<ClientDocument> documents) {

    public ClientCard {
        seen = Set.copyOf(seen);
        episodes = List.copyOf(episodes);
        consents = List.copyOf(consents);
        documents = List.copyOf(documents);
    }

    /** The episodes alone, oldest first. */
    public List<Episode> episodeList() {
        return episodes.stream().map(EpisodeFile::episode).toList();
    }

    /** One episode with its referral sources, warm handover meetings and the feedback recorded for its referrers. */
    public record EpisodeFile(Episode episode, List<ReferralSource> sources, List<WarmHandover> meetings,
                              List<ReferrerFeedback> feedback) {

        public EpisodeFile {
            sources = List.copyOf(sources);
            meetings = List.copyOf(meetings);
            feedback = List.copyOf(feedback);
        }
    }
}
