package fi.kykyverkko.clients.imports;

import static fi.kykyverkko.kernel.exchange.csv.CsvColumn.optional;
import static fi.kykyverkko.kernel.exchange.csv.CsvColumn.required;

import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The columns of the client import file: one row per episode, the client's columns repeated on each of their rows
 * (grouped by the region's own key {@code client_ref}), then the episode's service, start, one column per phase of
 * the region holding the day the episode entered it, its end and the reason. English snake_case headers as in
 * networks' files; the Finnish (and for a phase its Swedish and English) names are accepted too.
 */
public final class ClientImportColumns {

    public static final String CLIENT_REF = "client_ref";
    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String NICKNAME = "nickname";
    public static final String IDENTITY_CODE = "identity_code";
    public static final String MUNICIPALITY = "municipality";
    public static final String LANGUAGE = "language";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String SERVICE = "service";
    public static final String STARTED = "started";
    public static final String ENDED = "ended";
    public static final String END_REASON = "end_reason";
    public static final String RESPONSIBLE = "responsible";

    /** The columns that describe the client, the same on every row of one {@code client_ref}. */
    public static final List<String> CLIENT_COLUMNS = List.of(FIRST_NAME, LAST_NAME, NICKNAME, IDENTITY_CODE, MUNICIPALITY,
            LANGUAGE, PHONE, EMAIL);

    private static final List<CsvColumn> BEFORE_PHASES = List.of(
            required(CLIENT_REF, "asiakasnumero", "asiakastunniste", "asiakas"),
            optional(FIRST_NAME, "etunimi"),
            optional(LAST_NAME, "sukunimi"),
            optional(NICKNAME, "kutsumanimi", "lempinimi"),
            optional(IDENTITY_CODE, "henkilötunnus", "hetu"),
            optional(MUNICIPALITY, "kunta", "kotikunta"),
            optional(LANGUAGE, "kieli", "asiointikieli"),
            optional(PHONE, "puhelin").allowingLeadingSign(),
            optional(EMAIL, "sähköposti"),
            required(SERVICE, "palvelu"),
            required(STARTED, "alkanut", "alkupäivä", "aloitettu"));

    private static final List<CsvColumn> AFTER_PHASES = List.of(
            optional(ENDED, "päättynyt", "päättymispäivä"),
            optional(END_REASON, "päättymisen syy", "päättymissyy"),
            optional(RESPONSIBLE, "vastuuhenkilö"));

    private ClientImportColumns() {
    }

    /**
     * The phases that have a column: every phase of the region in its order but the ended one (its day is
     * {@code ended}) and one whose code would clash with a fixed column.
     */
    public static List<Phase> phaseColumns(List<Phase> phases) {
        List<String> fixed = Stream.concat(BEFORE_PHASES.stream(), AFTER_PHASES.stream()).map(CsvColumn::name).toList();
        return phases.stream().filter(p -> !p.ends() && !fixed.contains(p.getCode())).toList();
    }

    /** Every column for a region with these phases, in file order. */
    public static List<CsvColumn> columns(List<Phase> phases) {
        List<CsvColumn> columns = new ArrayList<>(BEFORE_PHASES);
        for (Phase phase : phaseColumns(phases)) {
            String[] names = Stream.of(phase.getName().fi(), phase.getName().sv(), phase.getName().en())
                    .filter(Objects::nonNull).filter(n -> !n.isBlank()).distinct().toArray(String[]::new);
            columns.add(optional(phase.getCode(), names));
        }
        columns.addAll(AFTER_PHASES);
        return columns;
    }

    /** The header of a file for a region with these phases. */
    public static List<String> header(List<Phase> phases) {
        return columns(phases).stream().map(CsvColumn::name).toList();
    }
}
