package fi.kykyverkko.kernel.tenancy;

import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The last outcome of applying one definition source (a file under tenants/, or the API). */
@Entity
@Table(name = "definition_report", schema = "platform")
public class DefinitionReport {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    @Id
    private String source;

    @Column(name = "tenant_id")
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(nullable = false)
    private String problems;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected DefinitionReport() {
        // for JPA
    }

    public DefinitionReport(String source) {
        this.source = source;
    }

    void record(String tenantId, Outcome outcome, List<DefinitionProblem> problems, Instant now) {
        this.tenantId = tenantId;
        this.outcome = outcome;
        this.problems = problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n"));
        this.checkedAt = now;
    }

    public String source() {
        return source;
    }

    public String tenantId() {
        return tenantId;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** One problem per line, empty when there were none. */
    public String problems() {
        return problems;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
