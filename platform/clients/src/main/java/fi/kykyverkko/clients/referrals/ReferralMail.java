package fi.kykyverkko.clients.referrals;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.mail.Mail;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;

/**
 * The clients module's e-mail, queued in the kernel's outbox in the caller's transaction (an act that rolls back
 * sends nothing): the warm handover's invitation with its {@code .ics}, and the feedback owed to a referrer. Both in
 * Finnish, the region's language, as the recipients' own language is not recorded; neither names the client
 * (templates in {@code i18n/clients-mail*.properties}).
 */
@ApplicationScoped
public class ReferralMail {

    static final String INVITATION = "clients.handover-invitation";
    static final String FEEDBACK = "clients.referrer-feedback";
    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Inject
    Mail mail;

    @Inject
    TenantRegistry tenants;

    /** Whether any participant is written with an address the invitation can go to. */
    static boolean reachesAnyone(WarmHandover meeting) {
        return meeting.addressedParticipants().stream().anyMatch(p -> Mail.isAddress(p.address()));
    }

    /** The invitation, with {@code ics} attached, to every participant written as "name &lt;address&gt;"; how many. */
    int inviteToHandover(TenantId tenant, PortalUser organiser, WarmHandover meeting, byte[] ics) {
        Mail.Attachment calendar = new Mail.Attachment("lammin-siirto-" + meeting.getId() + ".ics",
                "text/calendar; method=REQUEST; charset=UTF-8", ics);
        int invited = 0;
        for (WarmHandover.Addressed participant : meeting.addressedParticipants()) {
            if (Mail.isAddress(participant.address())) {
                String name = participant.name() == null ? participant.address() : participant.name();
                mail.sendWith(calendar, organiser.username(), tenant, participant.address(), INVITATION, "fi", name,
                        PortalTime.dateTime(meeting.getStartsAt(), FINNISH), meeting.getPlace() == null ? "–" : meeting.getPlace(),
                        regionName(tenant), organiser.displayName());
                invited++;
            }
        }
        return invited;
    }

    /** Sends {@code feedback} to its referrer and marks it sent; {@code phase} is the phase's (or end's) name. */
    public void sendFeedback(TenantId tenant, String queuedBy, ReferralSource source, ReferrerFeedback feedback, String service,
                      String phase, Instant now) {
        long id = mail.sendFor(queuedBy, tenant, feedback.getRecipient(), FEEDBACK, "fi",
                source.getReferrerName() == null ? feedback.getRecipient() : source.getReferrerName(),
                PortalTime.date(source.getReferredOn(), FINNISH), service, phase, PortalTime.date(feedback.getChangedOn(), FINNISH),
                reference(tenant, feedback.getEpisodeId()), regionName(tenant));
        feedback.queuedAs(id, now);
    }

    /** The portal's sender address: the invitation's organiser, so replies reach no private mailbox by accident. */
    String fromAddress() {
        return mail.fromAddress();
    }

    /** How the referrer and the team speak of the episode without naming the client: region and episode number. */
    static String reference(TenantId tenant, long episodeId) {
        return tenant.value() + "-" + episodeId;
    }

    private String regionName(TenantId tenant) {
        return tenants.find(tenant).map(t -> t.names().in(FINNISH)).orElse(tenant.value());
    }
}
