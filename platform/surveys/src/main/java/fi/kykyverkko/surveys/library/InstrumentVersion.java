package fi.kykyverkko.surveys.library;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import fi.kykyverkko.surveys.instruments.DefinitionParser;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ParsedDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One version of one instrument in a region's library: the definition's JSON as stored (its {@code version} field
 * equal to {@link #getNumber()}), its Finnish name for lists, where it came from and who made it. Once the version
 * has answers it is {@linkplain #freeze() frozen}: answers mean something only against the definition they were
 * given to, so a frozen version is never changed again and a change becomes the next version.
 */
@Entity
@Table(name = "instrument_version")
public class InstrumentVersion extends Stamped {

    /** The TEXT column's limit in bytes (UTF-8). */
    public static final int DEFINITION_MAX_BYTES = 65_535;
    static final int NAME_MAX = 200;

    @Column(nullable = false)
    private String code;

    @Column(name = "instrument_version", nullable = false)
    private int number;

    @Column(nullable = false)
    private String definition;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(nullable = false)
    private boolean frozen;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected InstrumentVersion() {
        // for JPA
    }

    /** A new, unfrozen version: {@code json} is the text of {@code definition} (the library keeps them in step). */
    public InstrumentVersion(InstrumentDefinition definition, String json, Origin origin, String actor, Instant now) {
        this.code = definition.code();
        this.number = definition.version();
        this.origin = origin;
        this.createdBy = actor;
        this.createdAt = now;
        write(definition, json);
    }

    /**
     * Corrects this version in place (same code, same number); refused once it is frozen, since its answers were
     * given to what it says now.
     */
    public void replace(InstrumentDefinition changed, String json, Origin newOrigin) {
        if (frozen) {
            Problems.refuse("definition", "instrument.library.frozen");
        }
        if (!changed.code().equals(code) || changed.version() != number) {
            throw new IllegalArgumentException("version " + code + " " + number + " cannot become "
                    + changed.code() + " " + changed.version());
        }
        origin = newOrigin;
        write(changed, json);
    }

    /** The version has answers: from now on it never changes. Called by whatever records the first answer. */
    public void freeze() {
        frozen = true;
    }

    /** The definition this version holds. */
    public InstrumentDefinition definition() {
        InstrumentDefinition known = READ.get(definition);
        if (known != null) {
            return known;
        }
        ParsedDefinition parsed = DefinitionParser.parse(definition);
        InstrumentDefinition read = parsed.definition().orElseThrow(() -> new IllegalStateException(
                "stored " + code + " " + number + " does not read: " + parsed.problems()));
        READ.put(definition, read);
        return read;
    }

    /**
     * Definitions already read, by their stored JSON: every answer needs its version's definition, and reading one
     * costs far more than the answer's own work. Keyed by the text itself, so a changed draft is read anew; a
     * definition is an immutable record, so sharing one is safe. At most {@value #READ_KEPT}, the least used dropped.
     */
    private static final int READ_KEPT = 256;
    private static final java.util.Map<String, InstrumentDefinition> READ = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, InstrumentDefinition> eldest) {
                    return size() > READ_KEPT;
                }
            });

    @Override
    public Problems check() {
        Problems problems = new Problems().code("code", code).required("definition", definition)
                .required("nameFi", nameFi).maxLength("nameFi", nameFi, NAME_MAX)
                .required("origin", origin).required("createdAt", createdAt).required("createdBy", createdBy);
        if (number < 1) {
            problems.add("number", "instrument.version.too-small");
        }
        if (definition != null && definition.getBytes(StandardCharsets.UTF_8).length > DEFINITION_MAX_BYTES) {
            problems.add("definition", "instrument.library.too-large", DEFINITION_MAX_BYTES);
        }
        return problems;
    }

    private void write(InstrumentDefinition changed, String json) {
        this.definition = json;
        this.nameFi = changed.name().fi();
    }

    public String getCode() {
        return code;
    }

    public int getNumber() {
        return number;
    }

    /** The JSON as stored. */
    public String getDefinition() {
        return definition;
    }

    public String getNameFi() {
        return nameFi;
    }

    public Origin getOrigin() {
        return origin;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
