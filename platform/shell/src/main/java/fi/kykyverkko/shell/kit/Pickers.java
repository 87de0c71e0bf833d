package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Pickers that speak the user's language: date and time pickers that write dates the Finnish way (23.11.2026), weeks
 * from Monday with their numbers, and a multi-select list. Vaadin's own texts (Today, Cancel, error messages, what
 * a screen reader hears about a selection) come from the portal's bundle ({@code kit.date.*}, {@code kit.choices.*}),
 * so no English is left in a Finnish form. Every module makes these components here; {@code KitComponentsTest}
 * fails on one made elsewhere.
 */
public final class Pickers {

    private Pickers() {
    }

    public static DatePicker date(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        picker.setWeekNumbersVisible(true);
        return picker;
    }

    public static DateTimePicker dateTime(String label, Locale locale) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setLocale(locale);
        picker.setDatePickerI18n(i18n(locale));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(KitTexts.text(locale, "kit.date.date"))
                .setTimeLabel(KitTexts.text(locale, "kit.date.time"))
                .setBadInputErrorMessage(KitTexts.text(locale, "kit.date.bad-date-time"))
                .setIncompleteInputErrorMessage(KitTexts.text(locale, "kit.date.incomplete"))
                .setRequiredErrorMessage(KitTexts.required(locale)));
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    public static TimePicker time(String label, Locale locale) {
        TimePicker picker = new TimePicker(label);
        picker.setLocale(locale);
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(KitTexts.text(locale, "kit.date.bad-time"))
                .setRequiredErrorMessage(KitTexts.required(locale)));
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    /** Several items from a list; what a screen reader announces as chips come and go is in {@code locale}. */
    public static <T> MultiSelectComboBox<T> multiSelect(String label, Locale locale) {
        MultiSelectComboBox<T> box = new MultiSelectComboBox<>(label);
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(KitTexts.text(locale, "kit.choices.cleared"))
                .setFocused(KitTexts.text(locale, "kit.choices.focused"))
                .setSelected(KitTexts.text(locale, "kit.choices.selected"))
                .setDeselected(KitTexts.text(locale, "kit.choices.deselected"))
                // the component puts the number where {count} stands
                .setTotal(KitTexts.text(locale, "kit.choices.total", "{count}"))
                .setRequiredErrorMessage(KitTexts.required(locale)));
        return box;
    }

    /**
     * The calendar's texts in {@code locale}. Month names are the standalone forms, because the calendar writes them
     * as a heading ("marraskuu 2026"); the forms inside a date ("marraskuuta") would be wrong there.
     */
    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        // the calendar counts weekdays from Sunday, whatever day it shows first
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("d.M.yyyy");
        i18n.setToday(KitTexts.text(locale, "kit.date.today"));
        i18n.setCancel(KitTexts.text(locale, "kit.date.cancel"));
        i18n.setBadInputErrorMessage(KitTexts.text(locale, "kit.date.bad-date"));
        i18n.setRequiredErrorMessage(KitTexts.required(locale));
        i18n.setMinErrorMessage(KitTexts.text(locale, "kit.date.too-early"));
        i18n.setMaxErrorMessage(KitTexts.text(locale, "kit.date.too-late"));
        return i18n;
    }
}
