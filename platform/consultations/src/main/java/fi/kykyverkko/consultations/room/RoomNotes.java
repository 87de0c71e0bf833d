package fi.kykyverkko.consultations.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.ui.FoundMarks;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView;
import java.util.Objects;

/**
 * The shared notes of the case being handled, their save button and who saved last. Another's save replaces the
 * field's text unless this person has typed something not yet saved: then their text stays and they are told who
 * saved (their own save is refused until they load the newer version, so neither save is lost without a word).
 * Redrawn alone when only the notes change, the room's most frequent change while a case is discussed.
 */
final class RoomNotes extends Div {

    /** Saves {@code text} as the notes of case {@code caseId} over {@code version}, the version the writer saw. */
    interface Save {
        ConsultationCase notes(long caseId, String text, int version);
    }

    /** The form's bean. */
    static final class Notes {
        String text;
    }

    private final Save save;
    private final Runnable redrawRoom;
    private final TextArea notes;
    private final EntityForm<Notes> form = new EntityForm<>();
    private final FoundMarks found = new FoundMarks("notes-found");
    /** The case, version and text of the notes as last loaded into the field: what "unsaved changes" are measured from. */
    private Long loadedCase;
    private int loadedVersion;
    private String loadedText = "";

    RoomNotes(Save save, Runnable redrawRoom) {
        this.save = save;
        this.redrawRoom = redrawRoom;
        notes = PortalView.Fields.area(this, "consultations.room.notes", "room-notes");
        notes.setWidthFull();
        notes.setMaxLength(ConsultationCase.NOTES_MAX);
        notes.setHelperText(getTranslation("consultations.room.notes-hint"));
        form.bind("notes", notes, n -> n.text, (n, v) -> n.text = v);
    }

    /** Shows the notes of {@code c} as stored, keeping what this person typed and has not saved. */
    void show(ConsultationCase c) {
        removeAll();
        String stored = c.getNotes() == null ? "" : c.getNotes();
        boolean typed = Objects.equals(loadedCase, c.getId()) && !notes.getValue().equals(loadedText);
        if (!typed) {
            notes.setValue(stored);
            notes.setInvalid(false);
            load(c.getId(), c.getNotesVersion(), stored);
        }
        Button saveButton = new Button(getTranslation("consultations.room.notes-save"), e -> save(c));
        saveButton.setId("room-notes-save");
        add(notes, found, saveButton);
        line("room-notes-by", c.getNotesVersion() == 0 ? getTranslation("consultations.room.notes-none")
                : getTranslation("consultations.room.notes-by", c.getNotesBy(), PortalTime.time(c.getNotesAt().orElseThrow(), getLocale()),
                        c.getNotesVersion()));
        if (typed && c.getNotesVersion() != loadedVersion) {
            line("room-notes-changed", getTranslation("consultations.room.notes-changed", c.getNotesBy()));
            Button loadNewer = new Button(getTranslation("consultations.room.notes-load"), e -> {
                loadedCase = null;
                redrawRoom.run();
            });
            loadNewer.setId("room-notes-load");
            loadNewer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(loadNewer);
        }
    }

    private void save(ConsultationCase c) {
        found.show("notes", null, new Problems());
        Notes bean = new Notes();
        String typed = notes.getValue();
        ConsultationCase saved = FormSave.save(this, form, () -> {
            form.write(bean);
            try {
                return save.notes(c.getId(), bean.text, loadedVersion);
            } catch (InvalidInputException refused) {
                // what the identity guard found is marked in the writer's own text, which is not stored
                found.show("notes", typed, refused.problems());
                throw refused;
            }
        }, "consultations.room.notes-saved");
        if (saved != null) {
            load(saved.getId(), saved.getNotesVersion(), saved.getNotes() == null ? "" : saved.getNotes());
            notes.setValue(loadedText);
        }
    }

    private void load(long caseId, int version, String text) {
        loadedCase = caseId;
        loadedVersion = version;
        loadedText = text;
    }

    private void line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        add(p);
    }
}
