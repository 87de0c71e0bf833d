package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.panels.panel.Panels;
import java.util.Comparator;
import java.util.List;

/**
 * A new idea on the panel's board: title and description, from a meeting (one that is not cancelled) or from a member,
 * and the members who took part (they are told of its changes). {@code proposed} runs once it is on the board.
 */
final class IdeaProposalForm extends Div {

    IdeaProposalForm(Component where, Panels panels, IdeaBoard board, TenantId tenant, PortalUser user, long panelId, Runnable proposed) {
        List<Panelist> members = panels.members(tenant, user, panelId);
        TextField title = new TextField(where.getTranslation("panels.field.title"));
        title.setId("idea-title");
        TextArea description = new TextArea(where.getTranslation("panels.field.description"));
        Select<Panelist> author = new Select<>();
        author.setId("idea-author");
        author.setLabel(where.getTranslation("panels.field.authorId"));
        author.setItems(members);
        author.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        author.setEmptySelectionAllowed(true);
        author.setEmptySelectionCaption(where.getTranslation("panels.idea.from-meeting"));
        MultiSelectComboBox<Panelist> who = fi.kykyverkko.shell.kit.Pickers.multiSelect(where.getTranslation("panels.field.participants"), PanelUi.locale());
        who.setId("idea-participants");
        who.setItems(members);
        who.setItemLabelGenerator(Panelist::getName);
        Select<PanelMeeting> meeting = new Select<>();
        meeting.setId("idea-meeting");
        meeting.setLabel(where.getTranslation("panels.field.meetingId"));
        meeting.setItems(panels.meetings(tenant, user, panelId).stream().filter(m -> m.getStatus() != MeetingStatus.CANCELLED)
                .sorted(Comparator.comparing(PanelMeeting::getStartsAt)).toList());
        meeting.setItemLabelGenerator(m -> m == null ? "" : PanelUi.when(m.getStartsAt()));
        meeting.setEmptySelectionCaption(where.getTranslation("panels.idea.from-member"));
        meeting.setEmptySelectionAllowed(true);
        Button propose = new Button(where.getTranslation("panels.idea.propose"), e -> {
            PanelIdea made = PanelUi.act(where, () -> board.propose(tenant, user, panelId, meeting.getValue() == null ? null : meeting.getValue().getId(),
                    author.getValue() == null ? null : author.getValue().getId(), title.getValue(), description.getValue(),
                    who.getValue().stream().map(Panelist::getId).toList()), "panels.idea.proposed");
            if (made != null) {
                proposed.run();
            }
        });
        propose.setId("propose-idea");
        setWidthFull();
        add(new FormLayout(title, description, meeting, author, who), propose);
    }
}
