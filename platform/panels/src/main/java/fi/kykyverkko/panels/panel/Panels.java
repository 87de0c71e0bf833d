package fi.kykyverkko.panels.panel;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.links.IssuedLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.mail.Mail;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.PanelRoles;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.shell.live.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Panels of a region: making one with its lead facilitator, handing the lead over, co-facilitators, members with their
 * personal links, recruitment notes, and meetings generated from the cadence, moved or cancelled. Staff only
 * ({@link PanelRoles}); everything through {@link TenantData}.
 */
@ApplicationScoped
public class Panels {

    /** The purpose of members' personal links; their subject is {@code panel-member:<id>}. */
    public static final String LINK_PURPOSE = "panel-member";
    public static final String LINK_SUBJECT = "panel-member:";
    static final Duration LINK_LIFETIME = Duration.ofDays(366);

    @Inject
    LiveHub live;

    @Inject
    TenantData data;

    @Inject
    PersonalLinks links;

    @Inject
    Mail mail;

    @Inject
    TenantRegistry registry;

    @Inject
    @ConfigProperty(name = "kyky.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    @Transactional
    public CustomerPanel create(TenantId tenant, PortalUser staff, PanelDraft draft) {
        PanelRoles.requireStaff(staff, tenant);
        Problems problems = new Problems().required("facilitatorName", Problems.clean(draft.facilitatorName()))
                .required("cadence", draft.cadence());
        CustomerPanel[] made = new CustomerPanel[1];
        problems.attempt(() -> made[0] = new CustomerPanel(draft.name(), draft.purpose(), draft.organisationId(), draft.cadence(),
                draft.script() == null ? MeetingScript.LAPLAND : draft.script()));
        if (made[0] != null) {
            problems.attempt(() -> made[0].assignNoteTaker(draft.noteTaker()));
        }
        problems.throwIfAny();
        return data.call(tenant, em -> {
            CustomerPanel panel = TenantStore.write(em, staff.username(), made[0]);
            em.flush();
            TenantStore.write(em, staff.username(), new PanelFacilitator(panel.getId(), draft.facilitatorName(), draft.facilitatorUsername(),
                    FacilitatorRole.LEAD, PortalTime.today()));
            return panel;
        });
    }

    public List<CustomerPanel> list(TenantId tenant, PortalUser staff) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> em.createQuery("SELECT p FROM CustomerPanel p ORDER BY p.name", CustomerPanel.class).getResultList());
    }

    public Optional<CustomerPanel> find(TenantId tenant, PortalUser staff, long id) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> Optional.ofNullable(em.find(CustomerPanel.class, id)));
    }

    CustomerPanel require(TenantId tenant, long id) {
        return data.call(tenant, em -> Optional.ofNullable(em.find(CustomerPanel.class, id)))
                .orElseThrow(() -> new IllegalArgumentException("no panel " + id + " in " + tenant));
    }

    /** Saves the panel's own fields as changed in a form (name, purpose, organisation, note-taker, notes, cadence, script). */
    @Transactional
    public CustomerPanel save(TenantId tenant, PortalUser staff, CustomerPanel panel) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> TenantStore.write(em, staff.username(), em.merge(panel)));
    }

    /** Everyone who has facilitated the panel, current first, then by when they began. */
    public List<PanelFacilitator> facilitators(TenantId tenant, PortalUser staff, long panelId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> em.createQuery("SELECT f FROM PanelFacilitator f WHERE f.panelId = :p ORDER BY f.from DESC, f.id DESC",
                PanelFacilitator.class).setParameter("p", panelId).getResultList()).stream()
                .sorted((a, b) -> Boolean.compare(b.isCurrent(), a.isCurrent())).toList();
    }

    public Optional<PanelFacilitator> lead(TenantId tenant, PortalUser staff, long panelId) {
        return facilitators(tenant, staff, panelId).stream().filter(f -> f.isCurrent() && f.getRole() == FacilitatorRole.LEAD).findFirst();
    }

    /**
     * Hands the lead over on {@code on}: the current lead's row ends with the note, the next lead's begins; the
     * co-facilitators stay. The history keeps both.
     */
    @Transactional
    public PanelFacilitator handOver(TenantId tenant, PortalUser staff, long panelId, String nextName, String nextUsername, LocalDate on, String note) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> {
            for (PanelFacilitator current : em.createQuery("SELECT f FROM PanelFacilitator f WHERE f.panelId = :p AND f.role = :r AND f.until IS NULL",
                    PanelFacilitator.class).setParameter("p", panelId).setParameter("r", FacilitatorRole.LEAD).getResultList()) {
                current.stepBack(on, note);
                TenantStore.write(em, staff.username(), current);
            }
            return TenantStore.write(em, staff.username(), new PanelFacilitator(panelId, nextName, nextUsername, FacilitatorRole.LEAD, on));
        });
    }

    @Transactional
    public PanelFacilitator addCoFacilitator(TenantId tenant, PortalUser staff, long panelId, String name, String username) {
        PanelRoles.requireStaff(staff, tenant);
        require(tenant, panelId);
        return data.call(tenant, em -> TenantStore.write(em, staff.username(),
                new PanelFacilitator(panelId, name, username, FacilitatorRole.CO, PortalTime.today())));
    }

    @Transactional
    public void endFacilitation(TenantId tenant, PortalUser staff, long facilitatorId, LocalDate on) {
        PanelRoles.requireStaff(staff, tenant);
        data.run(tenant, em -> {
            PanelFacilitator f = em.find(PanelFacilitator.class, facilitatorId);
            f.stepBack(on, null);
            TenantStore.write(em, staff.username(), f);
        });
    }

    // ---- members

    /**
     * Adds a member and issues their personal link (purpose {@code panel-member}, a year); with consent the link is
     * mailed to them ({@code panels.welcome}); the address is returned once either way, for staff to hand over.
     */
    @Transactional
    public NewMember addMember(TenantId tenant, PortalUser staff, long panelId, String name, String language, boolean emailConsent, String email) {
        PanelRoles.requireStaff(staff, tenant);
        CustomerPanel panel = require(tenant, panelId);
        Problems problems = new Problems();
        Panelist[] made = new Panelist[1];
        problems.attempt(() -> made[0] = new Panelist(panelId, name, language, PortalTime.today()));
        if (emailConsent) {
            problems.attempt(() -> (made[0] == null ? new Panelist(panelId, "x", "fi", PortalTime.today()) : made[0]).consentToEmail(email));
        }
        problems.throwIfAny();
        Panelist member = data.call(tenant, em -> TenantStore.write(em, staff.username(), made[0]));
        String address = issueLink(tenant, staff.username(), member);
        if (member.mayBeEmailed()) {
            mailMember(tenant, staff.username(), member, "panels.welcome", address, panel.getName());
        }
        return new NewMember(member, address);
    }

    /** A new personal link for a member (lost, or to print again); earlier ones stay valid until they expire. */
    @Transactional
    public NewMember newLink(TenantId tenant, PortalUser staff, long memberId) {
        PanelRoles.requireStaff(staff, tenant);
        Panelist member = member(tenant, memberId).orElseThrow();
        return new NewMember(member, issueLink(tenant, staff.username(), member));
    }

    /** Issues a member link and returns the full address of the member page ({@code /l/<region>/<token>}). */
    public String issueLink(TenantId tenant, String actor, Panelist member) {
        IssuedLink link = links.issue(tenant, LINK_PURPOSE, LINK_SUBJECT + member.getId(), LINK_LIFETIME, UseMode.REUSABLE_UNTIL_SUBMITTED, false, actor);
        return portalUrl.replaceAll("/+$", "") + links.path(tenant, link.token());
    }

    @Transactional
    public Panelist saveMember(TenantId tenant, PortalUser staff, Panelist member) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> TenantStore.write(em, staff.username(), em.merge(member)));
    }

    public List<Panelist> members(TenantId tenant, PortalUser staff, long panelId) {
        PanelRoles.requireStaff(staff, tenant);
        return membersOf(tenant, panelId);
    }

    public List<Panelist> membersOf(TenantId tenant, long panelId) {
        return data.call(tenant, em -> em.createQuery("SELECT m FROM Panelist m WHERE m.panelId = :p ORDER BY m.name, m.id", Panelist.class)
                .setParameter("p", panelId).getResultList());
    }

    public Optional<Panelist> member(TenantId tenant, long memberId) {
        return data.call(tenant, em -> Optional.ofNullable(em.find(Panelist.class, memberId)));
    }

    public Optional<CustomerPanel> panelOf(TenantId tenant, long panelId) {
        return data.call(tenant, em -> Optional.ofNullable(em.find(CustomerPanel.class, panelId)));
    }

    /**
     * A panels mail to a member who agreed to it, in their language: the template's parameters are the member's name,
     * then {@code middle}, then the address of their page and the region's name (every panels template has that shape).
     */
    public void mailMember(TenantId tenant, String actor, Panelist member, String template, String pageAddress, Object... middle) {
        Object[] args = new Object[middle.length + 3];
        args[0] = member.getName();
        System.arraycopy(middle, 0, args, 1, middle.length);
        args[middle.length + 1] = pageAddress;
        args[middle.length + 2] = regionName(tenant, member);
        mail.sendFor(actor, tenant, member.getEmail(), template, mailLanguage(member), args);
    }

    /** Mail goes in fi, sv or en; plain Finnish is Finnish there (the page itself is plain). */
    public static String mailLanguage(Panelist member) {
        return "fi-plain".equals(member.getLanguage()) ? "fi" : member.getLanguage();
    }

    public String regionName(TenantId tenant, Panelist member) {
        return registry.require(tenant).names().in(Locale.forLanguageTag(mailLanguage(member)));
    }

    // ---- meetings

    /**
     * Generates the meetings of the cadence from {@code from} to {@code until}: one per cadence date that has none yet
     * (a moved or cancelled meeting keeps its date, so it is not made again). Returns the new ones.
     */
    @Transactional
    public List<PanelMeeting> planMeetings(TenantId tenant, PortalUser staff, long panelId, LocalDate from, LocalDate until) {
        PanelRoles.requireStaff(staff, tenant);
        CustomerPanel panel = require(tenant, panelId);
        List<PanelMeeting> made = data.call(tenant, em -> generate(em, staff.username(), panel, from, until));
        meetingsChanged(tenant, panelId);
        return made;
    }

    /** The generation itself, for the demo data as well. */
    public static List<PanelMeeting> generate(jakarta.persistence.EntityManager em, String actor, CustomerPanel panel, LocalDate from, LocalDate until) {
        Set<LocalDate> taken = em.createQuery("SELECT m.plannedOn FROM PanelMeeting m WHERE m.panelId = :p", LocalDate.class)
                .setParameter("p", panel.getId()).getResultStream().collect(Collectors.toSet());
        Cadence cadence = panel.cadence();
        List<PanelMeeting> made = new ArrayList<>();
        for (LocalDate date : cadence.dates(from, until)) {
            if (taken.contains(date)) {
                continue;
            }
            Instant start = PortalTime.instant(LocalDateTime.of(date, cadence.time()));
            made.add(TenantStore.write(em, actor, new PanelMeeting(panel.getId(), date, start, start.plus(Duration.ofMinutes(cadence.minutes())),
                    cadence.place())));
        }
        return made;
    }

    public List<PanelMeeting> meetings(TenantId tenant, PortalUser staff, long panelId) {
        PanelRoles.requireStaff(staff, tenant);
        return meetingsOf(tenant, panelId);
    }

    public List<PanelMeeting> meetingsOf(TenantId tenant, long panelId) {
        return data.call(tenant, em -> em.createQuery("SELECT m FROM PanelMeeting m WHERE m.panelId = :p ORDER BY m.startsAt", PanelMeeting.class)
                .setParameter("p", panelId).getResultList());
    }

    public Optional<PanelMeeting> meeting(TenantId tenant, PortalUser staff, long meetingId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> Optional.ofNullable(em.find(PanelMeeting.class, meetingId)));
    }

    /** The held meeting before {@code meeting}, whose recap opens it. */
    public Optional<PanelMeeting> previous(TenantId tenant, PanelMeeting meeting) {
        return data.call(tenant, em -> em.createQuery("SELECT m FROM PanelMeeting m WHERE m.panelId = :p AND m.startsAt < :s AND m.status = :held "
                        + "ORDER BY m.startsAt DESC", PanelMeeting.class)
                .setParameter("held", fi.kykyverkko.panels.meeting.MeetingStatus.HELD).setParameter("p", meeting.getPanelId()).setParameter("s", meeting.getStartsAt()).setMaxResults(1).getResultStream().findFirst());
    }

    @Transactional
    public PanelMeeting move(TenantId tenant, PortalUser staff, long meetingId, Instant startsAt, Instant endsAt, String place) {
        return change(tenant, staff, meetingId, m -> m.move(startsAt, endsAt, place));
    }

    @Transactional
    public PanelMeeting cancel(TenantId tenant, PortalUser staff, long meetingId, String reason) {
        return change(tenant, staff, meetingId, m -> m.cancel(reason));
    }

    @Transactional
    public PanelMeeting plan(TenantId tenant, PortalUser staff, long meetingId, String theme, String methods) {
        return change(tenant, staff, meetingId, m -> m.plan(theme, methods));
    }

    @Transactional
    public PanelMeeting writeNotes(TenantId tenant, PortalUser staff, long meetingId, String notes) {
        return change(tenant, staff, meetingId, m -> m.writeNotes(notes));
    }

    /** Goes to step {@code step} of the panel's script; one past the last holds the meeting. */
    @Transactional
    public PanelMeeting goTo(TenantId tenant, PortalUser staff, long meetingId, int step) {
        return data.call(tenant, em -> {
            PanelMeeting meeting = em.find(PanelMeeting.class, meetingId);
            CustomerPanel panel = em.find(CustomerPanel.class, meeting.getPanelId());
            PanelRoles.requireStaff(staff, tenant);
            meeting.goTo(step, panel.script().size());
            meetingsChanged(tenant, panel.getId());
            return TenantStore.write(em, staff.username(), meeting);
        });
    }

    private PanelMeeting change(TenantId tenant, PortalUser staff, long meetingId, java.util.function.Consumer<PanelMeeting> act) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> {
            PanelMeeting meeting = em.find(PanelMeeting.class, meetingId);
            if (meeting == null) {
                throw new IllegalArgumentException("no meeting " + meetingId);
            }
            act.accept(meeting);
            meetingsChanged(tenant, meeting.getPanelId());
            return TenantStore.write(em, staff.username(), meeting);
        });
    }

    /** Tells the staff looking at the panel or its meetings, once the transaction has committed. */
    private void meetingsChanged(TenantId tenant, long panelId) {
        live.publish(PanelChange.of(tenant, panelId), PanelChange.MEETINGS.name());
    }
}
