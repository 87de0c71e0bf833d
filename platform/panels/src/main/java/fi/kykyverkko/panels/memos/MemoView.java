package fi.kykyverkko.panels.memos;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.StoredFile;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.panels.ui.MeetingView;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.Uploads;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A meeting's memo for staff: the text (a Binder form), the flipchart photos (uploaded through the shell kit, cleaned
 * of every metadata before they are stored; thumbnails here, served by Vaadin to this signed-in session only), the
 * state with its next step (open for comments; publish, for the facilitator), and the members' comments. Final: read
 * only.
 */
@Route(value = "panels/meeting/:id([0-9]{1,18})/memo", layout = MainLayout.class)
public class MemoView extends PortalView implements BeforeEnterObserver {

    private final Panels panels;
    private final Memos memos;
    private final Div content = new Div();
    private PanelMeeting meeting;

    /** The form's bean: the memo's text. */
    static final class Draft {
        String text;
    }

    @Inject
    public MemoView(PortalSession session, Panels panels, Memos memos) {
        super(session, "panels.memo.title");
        this.panels = panels;
        this.memos = memos;
        content.setWidthFull();
        content.getStyle().set("max-width", "60rem");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        Optional<PanelMeeting> found = panels.meeting(tenant(), user(), id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        meeting = found.get();
        show();
    }

    private void show() {
        content.removeAll();
        Optional<MeetingMemo> memo = memos.memo(tenant(), user(), meeting.getId());
        MemoState state = memo.map(MeetingMemo::getState).orElse(MemoState.DRAFT);
        H2 title = new H2(getTranslation("panels.memo.heading", PortalTime.dateTime(meeting.getStartsAt(), getLocale())));
        title.setId("memo-title");
        Paragraph stateLine = new Paragraph(getTranslation("panels.memo.state", getTranslation(state.labelKey())));
        stateLine.setId("memo-state");
        content.add(title, Links.link(getTranslation("panels.memo.back"), MeetingView.class, "id", String.valueOf(meeting.getId())), stateLine);
        if (state == MemoState.FINAL) {
            content.add(new Paragraph(getTranslation("panels.memo.final-note", memo.get().getPublishedBy(),
                    PortalTime.dateTime(memo.get().getPublishedAt(), getLocale()))));
            Paragraph text = new Paragraph(memo.get().getText());
            text.setId("memo-text");
            text.getStyle().set("white-space", "pre-wrap");
            content.add(text);
        } else {
            textForm(memo.map(MeetingMemo::getText).orElse(null));
        }
        photos(state != MemoState.FINAL);
        actions(state);
        comments();
    }

    private void textForm(String text) {
        TextArea area = new TextArea(getTranslation("panels.memo.text"));
        area.setId("memo-text");
        area.setWidthFull();
        area.setMinHeight("12rem");
        area.setMaxLength(MeetingMemo.MAX_TEXT);
        area.setHelperText(getTranslation("panels.memo.text-help"));
        Binder<Draft> binder = new Binder<>();
        binder.forField(area).bind(d -> d.text == null ? "" : d.text, (d, v) -> d.text = v);
        Draft draft = new Draft();
        draft.text = text;
        binder.readBean(draft);
        Button save = new Button(getTranslation("panels.save"), e -> {
            if (binder.writeBeanIfValid(draft) && act(() -> memos.write(tenant(), user(), meeting.getId(), draft.text), "panels.saved") != null) {
                show();
            }
        });
        save.setId("memo-save");
        content.add(area, save);
    }

    private void photos(boolean changeable) {
        content.add(new H3(getTranslation("panels.memo.photos")));
        UnorderedList list = new UnorderedList();
        list.setId("memo-photos");
        list.getStyle().set("list-style", "none").set("padding", "0").set("display", "flex").set("flex-wrap", "wrap").set("gap", ".75rem");
        int n = 1;
        for (Memos.PhotoInfo p : memos.photos(tenant(), user(), meeting.getId())) {
            String alt = getTranslation("panels.memo.photo-alt", n++);
            Image thumb = new Image(resource(p, true), alt);
            thumb.setId("memo-photo-" + p.id());
            thumb.setMaxWidth("320px");
            Anchor full = new Anchor(resource(p, false), "");
            full.add(thumb);
            full.setTarget("_blank");
            ListItem item = new ListItem(full);
            item.add(new Span(" " + p.width() + " × " + p.height() + " px"));
            if (changeable) {
                Button remove = new Button(getTranslation("panels.memo.remove-photo"), e -> {
                    act(() -> {
                        memos.removePhoto(tenant(), user(), p.id());
                        return Boolean.TRUE;
                    }, null);
                    show();
                });
                remove.setId("memo-remove-" + p.id());
                remove.getElement().setAttribute("aria-label", getTranslation("panels.memo.remove-photo") + " " + alt);
                item.add(remove);
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            content.add(new Paragraph(getTranslation("panels.memo.no-photos")));
        }
        content.add(list);
        if (changeable) {
            content.add(new Paragraph(getTranslation("panels.memo.photo-help")));
            MemoryBuffer buffer = new MemoryBuffer();
            Upload upload = Uploads.upload(buffer, getLocale());
            upload.setId("memo-upload");
            upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
            upload.setMaxFileSize(StoredFile.MAX_BYTES);
            upload.addSucceededListener(e -> {
                try (InputStream in = buffer.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    if (act(() -> memos.addPhoto(tenant(), user(), meeting.getId(), e.getFileName(), bytes), "panels.memo.photo-added") != null) {
                        show();
                    }
                } catch (IOException failure) {
                    FormSave.notify(getTranslation("kit.form.failed"), true);
                }
            });
            upload.addFileRejectedListener(e -> FormSave.notify(getTranslation("panels.memo.photo.rejected",
                    StoredFile.MAX_BYTES / (1024 * 1024)), true));
            content.add(upload);
        }
    }

    private StreamResource resource(Memos.PhotoInfo p, boolean thumbnail) {
        StreamResource r = new StreamResource((thumbnail ? "pieni-" : "") + p.fileName(), () -> new ByteArrayInputStream(
                memos.photo(tenant(), user(), p.id(), thumbnail).orElse(new byte[0])));
        r.setContentType("image/jpeg");
        r.setHeader("X-Content-Type-Options", "nosniff");
        r.setHeader("Cache-Control", "private, no-store");
        return r;
    }

    private void actions(MemoState state) {
        if (state == MemoState.DRAFT) {
            content.add(new Paragraph(getTranslation("panels.memo.open-help")));
            Button open = new Button(getTranslation("panels.memo.open"), e -> {
                if (act(() -> memos.openForComments(tenant(), user(), meeting.getId()), "panels.memo.opened") != null) {
                    show();
                }
            });
            open.setId("memo-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(open);
        } else if (state == MemoState.OPEN_FOR_COMMENTS) {
            content.add(new Paragraph(getTranslation("panels.memo.publish-help")));
            Button publish = new Button(getTranslation("panels.memo.publish"), e -> {
                if (act(() -> memos.publish(tenant(), user(), meeting.getId()), "panels.memo.published") != null) {
                    show();
                }
            });
            publish.setId("memo-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setEnabled(Memos.mayPublish(user(), tenant()));
            content.add(publish);
        }
    }

    private void comments() {
        content.add(new H3(getTranslation("panels.memo.comments")));
        Map<Long, String> names = panels.members(tenant(), user(), meeting.getPanelId()).stream()
                .collect(Collectors.toMap(Panelist::getId, Panelist::getName, (a, b) -> a));
        UnorderedList list = new UnorderedList();
        list.setId("memo-comments");
        for (MemoComment c : memos.comments(tenant(), user(), meeting.getId())) {
            list.add(new ListItem(PortalTime.dateTime(c.getAt(), getLocale()) + " – " + names.getOrDefault(c.getMemberId(), "?") + ": " + c.getText()));
        }
        if (list.getChildren().findAny().isEmpty()) {
            content.add(new Paragraph(getTranslation("panels.memo.no-comments")));
        }
        content.add(list);
    }

    /** Runs {@code act}; a refused one tells why in the user's language, a forbidden one that it is not theirs to do. */
    private <R> R act(Supplier<R> act, String doneKey) {
        try {
            R result = act.get();
            if (doneKey != null) {
                FormSave.notify(getTranslation(doneKey), false);
            }
            return result;
        } catch (InvalidInputException e) {
            FormSave.notify(e.problems().list().stream().map(p -> getTranslation(p.key(), p.args().toArray()))
                    .collect(Collectors.joining("; ")), true);
            return null;
        } catch (SecurityException e) {
            FormSave.notify(getTranslation("panels.memo.not-allowed"), true);
            return null;
        }
    }

}
