package fi.kykyverkko.panels.ideas;

import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.PanelRoles;
import fi.kykyverkko.panels.member.MemberTexts;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.PanelChange;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.shell.live.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A panel's idea board: ideas proposed from a meeting or by a member, each change checked by {@link IdeaRules},
 * logged ({@link IdeaUpdate}) and told to the members who took part ({@link MemberNotice} on their page; by e-mail
 * through the kernel outbox, template {@code panels.idea-changed}, only to those who agreed to it), all in one
 * transaction: a change that fails tells no one. Staff looking at the panel see each change live
 * ({@link PanelChange#IDEAS} on the shell's live bus, told once the transaction has committed).
 */
@ApplicationScoped
public class IdeaBoard {

    @Inject
    TenantData data;

    @Inject
    Panels panels;


    @Inject
    LiveHub live;

    @Transactional
    public PanelIdea propose(TenantId tenant, PortalUser staff, long panelId, Long meetingId, Long authorId, String title, String description,
                             Collection<Long> participants) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> {
            if (em.find(CustomerPanel.class, panelId) == null) {
                throw new IllegalArgumentException("no panel " + panelId);
            }
            PanelIdea idea = TenantStore.write(em, staff.username(), new PanelIdea(panelId, meetingId, authorId, title, description, PortalTime.today()));
            em.flush();
            em.persist(new IdeaUpdate(idea.getId(), Instant.now(), staff.username(), idea.getStatus(), idea.getProgress(), null));
            java.util.Set<Long> who = new java.util.LinkedHashSet<>(participants == null ? List.of() : participants);
            if (authorId != null) {
                who.add(authorId);
            }
            for (Long member : who) {
                Panelist p = em.find(Panelist.class, member);
                if (p == null || p.getPanelId() != panelId) {
                    throw new IllegalArgumentException("member " + member + " is not in panel " + panelId);
                }
                em.persist(new IdeaParticipant(idea.getId(), member));
            }
            live.publish(PanelChange.of(tenant, panelId), PanelChange.IDEAS.name());
            return idea;
        });
    }

    /**
     * Stores a new idea made elsewhere (of an interview round's finding, of residents' answers) with the first row of
     * its history, in the caller's transaction and schema; the caller checked the roles.
     */
    public static PanelIdea write(EntityManager em, String actor, PanelIdea idea) {
        if (em.find(CustomerPanel.class, idea.getPanelId()) == null) {
            throw new IllegalArgumentException("no panel " + idea.getPanelId());
        }
        TenantStore.write(em, actor, idea);
        em.flush();
        em.persist(new IdeaUpdate(idea.getId(), Instant.now(), actor, idea.getStatus(), idea.getProgress(), null));
        return idea;
    }

    /** Adds members who took part in an idea later (at a meeting where it came up again). */
    @Transactional
    public void addParticipants(TenantId tenant, PortalUser staff, long ideaId, Collection<Long> members) {
        PanelRoles.requireStaff(staff, tenant);
        data.run(tenant, em -> {
            java.util.Set<Long> known = new java.util.HashSet<>(participantIds(em, ideaId));
            for (Long m : members) {
                if (known.add(m)) {
                    em.persist(new IdeaParticipant(ideaId, m));
                }
            }
        });
    }

    /**
     * Updates an idea. When its status, progress, reason or responsibility changed, the history gets a dated entry and
     * every member who took part a notice, mailed to those with consent; a note alone goes in the history too.
     */
    @Transactional
    public PanelIdea update(TenantId tenant, PortalUser staff, long ideaId, IdeaChange change) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> {
            PanelIdea idea = em.find(PanelIdea.class, ideaId);
            if (idea == null) {
                throw new IllegalArgumentException("no idea " + ideaId);
            }
            boolean changed = idea.apply(change);
            String note = fi.kykyverkko.kernel.domain.Problems.clean(change.note());
            if (!changed && note == null) {
                return idea;
            }
            TenantStore.write(em, staff.username(), idea);
            Instant now = Instant.now();
            em.persist(new IdeaUpdate(idea.getId(), now, staff.username(), idea.getStatus(), idea.getProgress(), note));
            if (changed) {
                notifyParticipants(em, tenant, staff.username(), idea, now, note);
            }
            live.publish(PanelChange.of(tenant, idea.getPanelId()), PanelChange.IDEAS.name());
            return idea;
        });
    }

    private void notifyParticipants(EntityManager em, TenantId tenant, String actor, PanelIdea idea, Instant now, String note) {
        for (Long memberId : participantIds(em, idea.getId())) {
            Panelist member = em.find(Panelist.class, memberId);
            if (member == null || member.getLeftOn() != null) {
                continue;
            }
            boolean emailed = member.mayBeEmailed();
            em.persist(new MemberNotice(memberId, idea.getId(), now, idea.getStatus(), idea.getProgress(), note, emailed));
            if (emailed) {
                MemberTexts t = new MemberTexts(member.getLanguage());
                panels.mailMember(tenant, actor, member, "panels.idea-changed", panels.issueLink(tenant, actor, member), idea.getTitle(),
                        t.get(idea.getStatus().plainKey()), idea.getProgress());
            }
        }
    }

    private static List<Long> participantIds(EntityManager em, long ideaId) {
        return em.createQuery("SELECT p.memberId FROM IdeaParticipant p WHERE p.ideaId = :i ORDER BY p.memberId", Long.class)
                .setParameter("i", ideaId).getResultList();
    }

    @Transactional
    public IdeaOutcome addOutcome(TenantId tenant, PortalUser staff, long ideaId, String title, String description, java.time.LocalDate achievedOn) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> {
            PanelIdea idea = em.find(PanelIdea.class, ideaId);
            if (idea == null) {
                throw new IllegalArgumentException("no idea " + ideaId);
            }
            IdeaOutcome outcome = TenantStore.write(em, staff.username(), new IdeaOutcome(ideaId, title, description, achievedOn));
            live.publish(PanelChange.of(tenant, idea.getPanelId()), PanelChange.IDEAS.name());
            return outcome;
        });
    }

    public List<PanelIdea> board(TenantId tenant, PortalUser staff, long panelId) {
        PanelRoles.requireStaff(staff, tenant);
        return boardOf(tenant, panelId);
    }

    /** The ideas of a panel, newest first (also for the member page, which has no staff user). */
    public List<PanelIdea> boardOf(TenantId tenant, long panelId) {
        return data.call(tenant, em -> em.createQuery("SELECT i FROM PanelIdea i WHERE i.panelId = :p ORDER BY i.proposedOn DESC, i.id DESC",
                PanelIdea.class).setParameter("p", panelId).getResultList());
    }

    public Optional<PanelIdea> idea(TenantId tenant, PortalUser staff, long ideaId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> Optional.ofNullable(em.find(PanelIdea.class, ideaId)));
    }

    public List<IdeaUpdate> history(TenantId tenant, long ideaId) {
        return data.call(tenant, em -> em.createQuery("SELECT u FROM IdeaUpdate u WHERE u.ideaId = :i ORDER BY u.at DESC, u.id DESC", IdeaUpdate.class)
                .setParameter("i", ideaId).getResultList());
    }

    public List<IdeaOutcome> outcomes(TenantId tenant, long ideaId) {
        return data.call(tenant, em -> em.createQuery("SELECT o FROM IdeaOutcome o WHERE o.ideaId = :i ORDER BY o.achievedOn, o.id", IdeaOutcome.class)
                .setParameter("i", ideaId).getResultList());
    }

    /** Outcomes of every idea of a panel, for the board pages. */
    public List<IdeaOutcome> outcomesOfPanel(TenantId tenant, long panelId) {
        return data.call(tenant, em -> {
            List<Long> ideas = em.createQuery("SELECT i.id FROM PanelIdea i WHERE i.panelId = :p", Long.class).setParameter("p", panelId).getResultList();
            return ideas.isEmpty() ? List.<IdeaOutcome>of() : em.createQuery("SELECT o FROM IdeaOutcome o WHERE o.ideaId IN :ids ORDER BY o.achievedOn, o.id",
                    IdeaOutcome.class).setParameter("ids", ideas).getResultList();
        });
    }

    public List<Long> participants(TenantId tenant, long ideaId) {
        return data.call(tenant, em -> participantIds(em, ideaId));
    }

    /** A member's notices, newest first. */
    public List<MemberNotice> notices(TenantId tenant, long memberId) {
        return data.call(tenant, em -> em.createQuery("SELECT n FROM MemberNotice n WHERE n.memberId = :m ORDER BY n.at DESC, n.id DESC",
                MemberNotice.class).setParameter("m", memberId).setMaxResults(30).getResultList());
    }
}
