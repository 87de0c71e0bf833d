package fi.kykyverkko.panels.rounds;

import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.PanelRoles;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.panel.CustomerPanel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Interview rounds of a region's panels, their findings, and ideas made of findings. Staff only ({@link PanelRoles}). */
@ApplicationScoped
public class InterviewRounds {

    @Inject
    TenantData data;

    @Inject
    fi.kykyverkko.shell.live.LiveHub live;

    @Transactional
    public InterviewRound plan(TenantId tenant, PortalUser staff, long panelId, RoundDraft draft) {
        PanelRoles.requireStaff(staff, tenant);
        InterviewRound round = new InterviewRound(panelId, draft);
        return data.call(tenant, em -> {
            if (em.find(CustomerPanel.class, panelId) == null) {
                throw new IllegalArgumentException("no panel " + panelId);
            }
            return TenantStore.write(em, staff.username(), round);
        });
    }

    @Transactional
    public InterviewRound revise(TenantId tenant, PortalUser staff, long roundId, RoundDraft draft) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> {
            InterviewRound round = require(em, roundId);
            round.revise(draft);
            return TenantStore.write(em, staff.username(), round);
        });
    }

    public List<InterviewRound> rounds(TenantId tenant, PortalUser staff, long panelId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> em.createQuery("SELECT r FROM InterviewRound r WHERE r.panelId = :p ORDER BY r.firstDay DESC, r.id DESC",
                InterviewRound.class).setParameter("p", panelId).getResultList());
    }

    public Optional<InterviewRound> round(TenantId tenant, PortalUser staff, long roundId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> Optional.ofNullable(em.find(InterviewRound.class, roundId)));
    }

    @Transactional
    public RoundFinding addFinding(TenantId tenant, PortalUser staff, long roundId, String text) {
        PanelRoles.requireStaff(staff, tenant);
        RoundFinding finding = new RoundFinding(roundId, text);
        return data.call(tenant, em -> {
            require(em, roundId);
            return TenantStore.write(em, staff.username(), finding);
        });
    }

    public List<RoundFinding> findings(TenantId tenant, PortalUser staff, long roundId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> em.createQuery("SELECT f FROM RoundFinding f WHERE f.roundId = :r ORDER BY f.id", RoundFinding.class)
                .setParameter("r", roundId).getResultList());
    }

    /** Turns a finding into an idea on its round's panel board (origin: the interview round), in one transaction. */
    @Transactional
    public PanelIdea makeIdea(TenantId tenant, PortalUser staff, long findingId, String title, String description) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> {
            RoundFinding finding = Optional.ofNullable(em.find(RoundFinding.class, findingId))
                    .orElseThrow(() -> new IllegalArgumentException("no finding " + findingId));
            InterviewRound round = require(em, finding.getRoundId());
            if (finding.getIdeaId() != null) {
                finding.turnedInto(finding.getIdeaId()); // refuses: one idea per finding
            }
            PanelIdea idea = IdeaBoard.write(em, staff.username(), PanelIdea.fromRound(round.getPanelId(), round.getId(), title,
                    description == null || description.isBlank() ? finding.getText() : description, PortalTime.today()));
            finding.turnedInto(idea.getId());
            TenantStore.write(em, staff.username(), finding);
            live.publish(fi.kykyverkko.panels.panel.PanelChange.of(tenant, idea.getPanelId()), fi.kykyverkko.panels.panel.PanelChange.IDEAS.name());
            return idea;
        });
    }

    private static InterviewRound require(jakarta.persistence.EntityManager em, long roundId) {
        return Optional.ofNullable(em.find(InterviewRound.class, roundId)).orElseThrow(() -> new IllegalArgumentException("no round " + roundId));
    }
}
