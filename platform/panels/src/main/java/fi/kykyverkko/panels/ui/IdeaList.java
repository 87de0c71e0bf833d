package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.IdeaOutcome;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.shell.kit.StackedTable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The idea board as staff see it (panel view and the meeting's recap): status, progress, who answers, outcomes, update. */
final class IdeaList {

    private IdeaList() {
    }

    static StackedTable<PanelIdea> of(Component where, IdeaBoard board, TenantId tenant, PortalUser user, long panelId, List<Organisation> orgs,
                                      Runnable changed) {
        Map<Long, List<IdeaOutcome>> outcomes = board.outcomesOfPanel(tenant, panelId).stream().collect(Collectors.groupingBy(IdeaOutcome::getIdeaId));
        StackedTable<PanelIdea> table = new StackedTable<>("ideas");
        table.breakingText(where.getTranslation("panels.field.title"), PanelIdea::getTitle)
                .text(where.getTranslation("panels.field.origin"), i -> where.getTranslation(i.origin().labelKey()))
                .text(where.getTranslation("panels.field.status"), i -> where.getTranslation(i.getStatus().labelKey())
                        + (i.getReason() == null ? "" : ": " + i.getReason()))
                .figure(where.getTranslation("panels.field.progress"), i -> i.getProgress() + " %")
                .breakingText(where.getTranslation("panels.field.responsiblePerson"), i -> (i.getResponsiblePerson() == null ? "" : i.getResponsiblePerson())
                        + (i.getResponsibleOrganisationId() == null ? "" : " (" + orgs.stream().filter(o -> o.getId().equals(i.getResponsibleOrganisationId()))
                        .map(o -> o.names().in(PanelUi.locale())).findFirst().orElse("") + ")"))
                .breakingText(where.getTranslation("panels.outcomes"), i -> outcomes.getOrDefault(i.getId(), List.of()).stream()
                        .map(IdeaOutcome::getTitle).collect(Collectors.joining("; ")))
                .component(where.getTranslation("panels.actions"), i -> {
                    Button update = new Button(where.getTranslation("panels.idea.update"),
                            e -> new IdeaDialog(where, board, tenant, user, i, orgs, changed).open());
                    update.setId("update-idea-" + i.getId());
                    update.getElement().setAttribute("data-idea", i.getTitle());
                    update.getElement().setAttribute("aria-label", where.getTranslation("panels.idea.update") + ": " + i.getTitle());
                    return update;
                })
                .whenEmpty(where.getTranslation("panels.ideas.none"));
        table.setItems(board.board(tenant, user, panelId));
        return table;
    }
}
