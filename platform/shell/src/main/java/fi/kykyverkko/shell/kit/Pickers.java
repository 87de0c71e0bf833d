package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the user's language and write dates the Finnish way (23.11.2026), weeks from Monday. */
public final class Pickers {

    private Pickers() {
    }

    public static DatePicker date(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        return picker;
    }

    public static DateTimePicker dateTime(String label, Locale locale) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setLocale(locale);
        picker.setDatePickerI18n(i18n(locale));
        picker.setStep(java.time.Duration.ofMinutes(15));
        return picker;
    }

    private static DatePicker.DatePickerI18n i18n(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> shortWeekdays = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(weekdays);
        i18n.setWeekdaysShort(shortWeekdays);
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("d.M.yyyy");
        return i18n;
    }
}
