package fi.kykyverkko.shell.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import fi.kykyverkko.shell.PortalI18NProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vaadin's own component texts come from the portal's bundles through the kit's factories: no "Upload File…",
 * "Today" or "marraskuuta 2026" in a Finnish form, and Swedish and English alike.
 */
class ComponentTextsTest {

    private static final java.util.Locale FI = PortalI18NProvider.FINNISH;
    private static final java.util.Locale SV = PortalI18NProvider.SWEDISH;
    private static final java.util.Locale EN = PortalI18NProvider.ENGLISH;

    @Test
    void theCalendarsMonthHeadingUsesTheNameOfTheMonthNotItsFormInsideADate() {
        // the calendar writes "<month name> <year>" as its heading
        assertEquals("marraskuu", Pickers.i18n(FI).getMonthNames().get(10));
        assertEquals("tammikuu", Pickers.i18n(FI).getMonthNames().get(0));
        assertEquals("november", Pickers.i18n(SV).getMonthNames().get(10));
        assertEquals("November", Pickers.i18n(EN).getMonthNames().get(10));
    }

    @Test
    void weekdaysCountFromSundayAsTheCalendarExpectsButTheWeekStartsOnMonday() {
        DatePicker.DatePickerI18n fi = Pickers.i18n(FI);
        assertEquals(List.of("sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai"), fi.getWeekdays());
        assertEquals(List.of("su", "ma", "ti", "ke", "to", "pe", "la"), fi.getWeekdaysShort());
        assertEquals(List.of("sön", "mån", "tis", "ons", "tors", "fre", "lör"), Pickers.i18n(SV).getWeekdaysShort());
        assertEquals(1, fi.getFirstDayOfWeek());
        assertEquals("d.M.yyyy", fi.getDateFormats().get(0));
    }

    @Test
    void theDatePickersButtonsAndMessagesAreInTheUsersLanguage() {
        DatePicker picker = Pickers.date("Määräaika", FI);
        assertEquals("Tänään", picker.getI18n().getToday());
        assertEquals("Peruuta", picker.getI18n().getCancel());
        assertEquals("Anna päivämäärä muodossa 23.11.2026.", picker.getI18n().getBadInputErrorMessage());
        assertEquals("Pakollinen tieto.", picker.getI18n().getRequiredErrorMessage());
        assertEquals(true, picker.isWeekNumbersVisible());
        assertEquals("I dag", Pickers.date("Datum", SV).getI18n().getToday());
        assertEquals("Avbryt", Pickers.date("Datum", SV).getI18n().getCancel());
        assertEquals("Today", Pickers.date("Date", EN).getI18n().getToday());
    }

    @Test
    void theDateTimePickerNamesItsTwoPartsAndSharesTheCalendar() {
        DateTimePicker picker = Pickers.dateTime("Alkaa", FI);
        assertEquals("Päivämäärä", picker.getI18n().getDateLabel());
        assertEquals("Kellonaika", picker.getI18n().getTimeLabel());
        assertEquals("Anna sekä päivämäärä että kellonaika.", picker.getI18n().getIncompleteInputErrorMessage());
        assertEquals("marraskuu", picker.getDatePickerI18n().getMonthNames().get(10));
        assertEquals("Tänään", picker.getDatePickerI18n().getToday());
    }

    @Test
    void theUploadSaysEverythingInFinnish() {
        Upload upload = Uploads.upload(new MemoryBuffer(), FI);
        UploadI18N i18n = upload.getI18n();
        assertEquals("Valitse tiedosto…", i18n.getAddFiles().getOne());
        assertEquals("Tai pudota tiedosto tähän", i18n.getDropFiles().getOne());
        assertEquals("Tiedosto on liian suuri.", i18n.getError().getFileIsTooBig());
        assertEquals("Tämäntyyppistä tiedostoa ei voi lähettää tähän.", i18n.getError().getIncorrectFileType());
        assertEquals("Liian monta tiedostoa.", i18n.getError().getTooManyFiles());
        assertEquals("Lähetys epäonnistui palvelimen virheen vuoksi.", i18n.getUploading().getError().getUnexpectedServerError());
        assertEquals("jäljellä: ", i18n.getUploading().getRemainingTime().getPrefix());
        assertEquals("Poista", i18n.getFile().getRemove());
        assertEquals(List.of("t", "kt", "Mt", "Gt", "Tt"), i18n.getUnits().getSize());
    }

    @Test
    void theUploadSpeaksSwedishAndEnglishToo() {
        assertEquals("Välj fil…", Uploads.i18n(SV).getAddFiles().getOne());
        assertEquals("Filen är för stor.", Uploads.i18n(SV).getError().getFileIsTooBig());
        assertEquals("Choose a file…", Uploads.i18n(EN).getAddFiles().getOne());
        assertEquals(List.of("B", "kB", "MB", "GB", "TB"), Uploads.i18n(EN).getUnits().getSize());
    }

    @Test
    void aMultiSelectTellsAScreenReaderWhatHappensInFinnish() {
        MultiSelectComboBox<String> box = Pickers.multiSelect("Jäsenet", FI);
        assertEquals("lisätty valintoihin", box.getI18n().getSelected());
        assertEquals("poistettu valinnoista", box.getI18n().getDeselected());
        assertEquals("Valinnat tyhjennetty", box.getI18n().getCleared());
        // the component puts the number in place of {count}
        assertEquals("{count} valittuna", box.getI18n().getTotal());
        assertEquals("{count} selected", Pickers.<String>multiSelect("Members", EN).getI18n().getTotal());
    }

    @Test
    void aConfirmationBacksOutInFinnish() {
        ConfirmDialog dialog = Dialogs.confirm("Perutaanko ilmoittautuminen?", "Paikkasi vapautuu muille.", "Peru ilmoittautuminen", FI, () -> { });
        assertEquals("Peruuta", dialog.getElement().getProperty("cancelText"));
        assertEquals("Peru ilmoittautuminen", dialog.getElement().getProperty("confirmText"));
        assertEquals(true, dialog.getElement().getProperty("cancelButtonVisible", false));
    }
}
