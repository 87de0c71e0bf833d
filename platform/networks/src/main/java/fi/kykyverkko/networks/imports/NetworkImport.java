package fi.kykyverkko.networks.imports;

import fi.kykyverkko.kernel.exchange.csv.CsvProblem;
import fi.kykyverkko.kernel.exchange.csv.CsvReader;
import fi.kykyverkko.kernel.exchange.csv.CsvResult;
import fi.kykyverkko.kernel.exchange.csv.CsvRow;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.InvalidInputException;
import fi.kykyverkko.networks.Coded;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.Problems;
import fi.kykyverkko.networks.TenantStore;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Imports organisations, people or services from a CSV file (UTF-8 or Windows-1252, ";" or ","), row by row:
 * <ul>
 *   <li>a problem with the whole file (missing columns, wrong encoding, too large) imports nothing;</li>
 *   <li>otherwise every good row is saved and every bad row is listed with its reason and skipped;</li>
 *   <li>a row whose code exists already updates that row; a column the file does not have is left as it was;</li>
 *   <li>a code repeated in the file is imported from its first line and reported on the others;</li>
 *   <li>cells that look like spreadsheet formulas ({@code =cmd()}) are refused (kernel CSV rules).</li>
 * </ul>
 * All rows are written in one transaction: a failure of the database itself keeps nothing.
 */
@ApplicationScoped
public class NetworkImport {

    private static final Logger LOG = Logger.getLogger(NetworkImport.class.getName());

    @Inject
    TenantData data;

    public <T extends Coded> ImportReport run(TenantId tenant, PortalUser actor, ImportFormat<T> format, byte[] file) {
        NetworkAccess.require(NetworkAccess.canEditAll(actor, tenant));
        return runUnchecked(tenant, actor.username(), format, file);
    }

    /** For the demo data loader, which acts as the system rather than a person. */
    public <T extends Coded> ImportReport runAsSystem(TenantId tenant, ImportFormat<T> format, byte[] file) {
        return runUnchecked(tenant, "system", format, file);
    }

    private <T extends Coded> ImportReport runUnchecked(TenantId tenant, String actor, ImportFormat<T> format, byte[] file) {
        CsvResult csv = new CsvReader(format.columns()).read(file);
        List<ImportReport.Line> problems = new ArrayList<>();
        for (CsvProblem p : csv.problems()) {
            problems.add(new ImportReport.Line(p.line(), p.column(), p.key(), p.arguments(), p.error()));
        }
        String encoding = csv.charset() == null ? null : csv.charset().name();
        List<CsvRow> rows = csv.validRows();
        if (csv.errors().stream().anyMatch(p -> p.line() == 0)) {
            return new ImportReport(format.id(), encoding, csv.separator(), csv.rows().size(), 0, 0, problems);
        }
        int[] counts = new int[2];
        TenantStore<T> store = new TenantStore<>(data, format.type());
        data.run(tenant, em -> {
            Map<String, Integer> firstLine = new HashMap<>();
            for (CsvRow row : rows) {
                String code = row.get("code");
                Integer earlier = firstLine.putIfAbsent(code, row.line());
                if (earlier != null && !code.isEmpty()) {
                    problems.add(new ImportReport.Line(row.line(), "code", "networks.import.duplicate-code", List.of(earlier), true));
                    continue;
                }
                importRow(em, store, format, csv, row, actor, counts, problems);
            }
        });
        LOG.info(() -> "Import of " + format.id() + " into " + tenant + " by " + actor + ": " + counts[0] + " created, "
                + counts[1] + " updated, " + problems.size() + " problems");
        return new ImportReport(format.id(), encoding, csv.separator(), csv.rows().size(), counts[0], counts[1], problems);
    }

    private <T extends Coded> void importRow(EntityManager em, TenantStore<T> store, ImportFormat<T> format, CsvResult csv,
                                                  CsvRow row, String actor, int[] counts, List<ImportReport.Line> problems) {
        Optional<T> existing = store.byCode(em, row.get("code"));
        // work on a detached copy: a bad row must leave the stored one untouched
        existing.ifPresent(em::detach);
        T entity = existing.orElseGet(format.create());
        Problems rowProblems = new Problems();
        for (FieldMapping<T> field : format.fields()) {
            if (csv.hasColumn(field.column().name())) {
                field.set().set(entity, row.get(field.column().name()), rowProblems, em);
            }
        }
        LocalDate reviewed = entity instanceof CatalogueService s && csv.hasColumn("last_reviewed") ? s.getLastReviewed() : null;
        if (!rowProblems.isEmpty()) {
            report(format, row.line(), rowProblems, problems);
            return;
        }
        try {
            T saved = store.save(em, actor, entity);
            if (saved instanceof CatalogueService s && reviewed != null) {
                s.setLastReviewed(reviewed); // the file says when it was last checked; saving is not a review
            }
            counts[existing.isPresent() ? 1 : 0]++;
        } catch (InvalidInputException e) {
            report(format, row.line(), e.problems(), problems);
        }
    }

    private static void report(ImportFormat<?> format, int line, Problems rowProblems, List<ImportReport.Line> into) {
        for (Problems.Problem p : rowProblems.list()) {
            into.add(new ImportReport.Line(line, format.columnOf(p.field()).orElse(p.field()), p.key(), p.args(), true));
        }
    }
}
