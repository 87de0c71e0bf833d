package fi.kykyverkko.kernel.domain;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text stored in the portal's three languages (a name, a description): Finnish, and Swedish and English when
 * given. An embeddable value: an entity maps its three columns with {@code @AttributeOverride}s (e.g.
 * {@code name_fi}, {@code name_sv}, {@code name_en}) and replaces the whole value to change it. Blank languages
 * are stored as absent; reading a missing language falls back to Finnish.
 */
@Embeddable
public class MultilingualText {

    /** No text in any language. */
    public static final MultilingualText EMPTY = new MultilingualText(null, null, null);

    // columns named by the entity's @AttributeOverride(name = "fi" / "sv" / "en", ...)
    private String fi;
    private String sv;
    private String en;

    protected MultilingualText() {
        // for JPA
    }

    private MultilingualText(String fi, String sv, String en) {
        this.fi = Problems.clean(fi);
        this.sv = Problems.clean(sv);
        this.en = Problems.clean(en);
    }

    public static MultilingualText of(String fi, String sv, String en) {
        return new MultilingualText(fi, sv, en);
    }

    public static MultilingualText finnish(String fi) {
        return new MultilingualText(fi, null, null);
    }

    public String fi() {
        return fi;
    }

    public String sv() {
        return sv;
    }

    public String en() {
        return en;
    }

    public MultilingualText withFi(String text) {
        return new MultilingualText(text, sv, en);
    }

    public MultilingualText withSv(String text) {
        return new MultilingualText(fi, text, en);
    }

    public MultilingualText withEn(String text) {
        return new MultilingualText(fi, sv, text);
    }

    /** The text in {@code locale}'s language, Finnish when that language is missing. */
    public String in(Locale locale) {
        return localized().in(locale);
    }

    /** As the kernel's {@link LocalizedText}, each missing language filled with the Finnish text. */
    public LocalizedText localized() {
        return new LocalizedText(fi, sv == null ? fi : sv, en == null ? fi : en);
    }

    /** All three languages joined, for searching. */
    public String allLanguages() {
        return String.join(" ", fi == null ? "" : fi, sv == null ? "" : sv, en == null ? "" : en);
    }

    /**
     * Checks the rules of such a text under the fields {@code <field>Fi}, {@code <field>Sv}, {@code <field>En}:
     * Finnish required if {@code required}, each language at most {@code max} characters.
     */
    public Problems check(Problems problems, String field, boolean required, int max) {
        if (required) {
            problems.required(field + "Fi", fi);
        }
        return problems.maxLength(field + "Fi", fi, max).maxLength(field + "Sv", sv, max).maxLength(field + "En", en, max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultilingualText t && Objects.equals(fi, t.fi) && Objects.equals(sv, t.sv) && Objects.equals(en, t.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fi, sv, en);
    }

    @Override
    public String toString() {
        return fi == null ? "" : fi;
    }
}
