package fi.kykyverkko.kernel.audit;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One read or change of client data, as the audit log keeps it: who (username, their roles in the region,
 * their organisation), which client, which data category, what was done, through which view, API path,
 * export or job, why, and whether an emergency override opened it. Made through {@link #in(TenantId)}, which
 * checks every rule; the log checks them again before it writes, whoever made the event.
 */
public record AuditEvent(TenantId tenant, String actor, Set<String> roles, String organisation, String subject,
                         DataCategory category, AuditAction action, AuditChannel channel, String location,
                         String purpose, boolean emergencyOverride, String overrideReason) {

    private static final Pattern ROLE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public AuditEvent {
        roles = roles == null ? null : Set.copyOf(new TreeSet<>(roles));
        actor = Problems.clean(actor);
        organisation = Problems.clean(organisation);
        subject = Problems.clean(subject);
        location = Problems.clean(location);
        purpose = Problems.clean(purpose);
        overrideReason = Problems.clean(overrideReason);
    }

    /**
     * Every rule this event breaks. Checked when the builder makes it and again when the log writes it; not when
     * the log reads a stored row, so an entry written under older rules can always be read.
     */
    public Problems problems() {
        Problems problems = new Problems().required("tenant", tenant).required("actor", actor).required("roles", roles)
                .required("category", category).required("action", action).required("channel", channel)
                .required("location", location);
        if (action != null && action.needsSubject()) {
            problems.required("subject", subject);
        }
        if (emergencyOverride) {
            problems.required("overrideReason", overrideReason);
        } else if (overrideReason != null) {
            problems.add("overrideReason", "validation.audit.reason-without-override");
        }
        problems.maxLength("actor", actor, 100).maxLength("organisation", organisation, 200)
                .maxLength("subject", subject, 64).maxLength("location", location, 300)
                .maxLength("purpose", purpose, 500).maxLength("overrideReason", overrideReason, 1000);
        if (roles != null) {
            if (roles.stream().anyMatch(role -> !ROLE.matcher(role).matches())) {
                problems.add("roles", "validation.code");
            }
            problems.maxLength("roles", String.join(",", roles), 500);
        }
        String[][] texts = {{"actor", actor}, {"organisation", organisation}, {"subject", subject},
                {"location", location}, {"purpose", purpose}, {"overrideReason", overrideReason}};
        for (String[] text : texts) {
            if (looksLikeIdentityCode(text[1])) {
                problems.add(text[0], "validation.audit.identity-code");
            }
        }
        return problems;
    }

    /** This event, when it breaks no rule. @throws InvalidInputException listing every broken rule */
    public AuditEvent checked() {
        problems().throwIfAny();
        return this;
    }

    /** Such text must never reach the log, which is kept for years and read by the data protection officer. */
    static boolean looksLikeIdentityCode(String text) {
        return IdentityCode.appearsIn(text);
    }

    /** Starts an event in {@code tenant}'s log. */
    public static Builder in(TenantId tenant) {
        return new Builder(tenant);
    }

    /** The roles as stored: sorted, comma-separated. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }

    /** Collects an event's parts; {@link #build()} checks them all at once. */
    public static final class Builder {
        private final TenantId tenant;
        private String actor;
        private Set<String> roles;
        private String organisation;
        private String subject;
        private DataCategory category;
        private AuditAction action;
        private AuditChannel channel;
        private String location;
        private String purpose;
        private boolean emergencyOverride;
        private String overrideReason;

        private Builder(TenantId tenant) {
            this.tenant = tenant;
        }

        /** The person, with their roles in this region and their organisation (null when they have none). */
        public Builder by(String username, Collection<String> rolesInRegion, String organisation) {
            this.actor = username;
            this.roles = rolesInRegion == null ? null : new TreeSet<>(rolesInRegion);
            this.organisation = organisation;
            return this;
        }

        /** The signed-in person, with the roles they hold in this event's region. */
        public Builder by(PortalUser user, String organisation) {
            return by(user.username(), tenant == null ? Set.of() : user.rolesIn(tenant), organisation);
        }

        public Builder subject(long clientId) {
            this.subject = Long.toString(clientId);
            return this;
        }

        public Builder subject(String clientId) {
            this.subject = clientId;
            return this;
        }

        public Builder did(AuditAction action, DataCategory category) {
            this.action = action;
            this.category = category;
            return this;
        }

        /** The channel and where in it: a view route, an API path, an export's or a job's name. */
        public Builder through(AuditChannel channel, String location) {
            this.channel = channel;
            this.location = location;
            return this;
        }

        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        /** The data were opened past consent or role by an emergency override; the reason is required. */
        public Builder emergencyOverride(String reason) {
            this.emergencyOverride = true;
            this.overrideReason = reason;
            return this;
        }

        /** @throws InvalidInputException listing every broken rule */
        public AuditEvent build() {
            return new AuditEvent(tenant, actor, roles, organisation, subject, category, action, channel, location,
                    purpose, emergencyOverride, overrideReason).checked();
        }
    }
}
