package fi.kykyverkko.kernel.tenancy;

import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.tenancy.DefinitionReport.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import fi.kykyverkko.kernel.persistence.PortalPersistence;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tenant definitions directory ({@code kyky.tenants.dir}, the repository's {@code tenants/} in the
 * embedded stack). Applying it creates new tenants and updates changed ones; a bad file is reported with
 * file, field and reason and never stops the others.
 */
@ApplicationScoped
public class TenantDefinitionFiles {

    private static final Logger LOG = Logger.getLogger(TenantDefinitionFiles.class.getName());

    @Inject
    @ConfigProperty(name = "kyky.tenants.dir")
    Optional<String> directory;

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    PortalPersistence persistence;

    @Inject
    TenantDefinitionFiles self;

    /** What applying one file led to. */
    public record FileOutcome(String file, String tenantId, Outcome outcome, List<DefinitionProblem> problems) {
    }

    /** Definition files in name order; empty (with a warning) when no directory is configured. */
    public List<Path> files() {
        if (directory.isEmpty() || directory.get().isBlank()) {
            LOG.warning("kyky.tenants.dir (KYKY_TENANTS_DIR) is not set: no tenant definitions are read");
            return List.of();
        }
        Path dir = Path.of(directory.get());
        if (!Files.isDirectory(dir)) {
            LOG.warning(() -> "Tenant definitions directory " + dir + " does not exist: no tenant definitions are read");
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list tenant definitions in " + dir, e);
            return List.of();
        }
    }

    public List<FileOutcome> applyAll() {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : files()) {
            outcomes.add(apply(parse(file)));
        }
        return outcomes;
    }

    /** Reads and validates one file; never throws for a bad file. */
    public Parsed parse(Path file) {
        String name = file.getFileName().toString();
        String expectedId = name.substring(0, name.length() - ".json".length());
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            var result = new TenantDefinitionParser(modules.installedIds()).parse(name, text, expectedId);
            return new Parsed(name, result.definition(), result.warnings());
        } catch (InvalidTenantDefinitionException e) {
            return new Parsed(name, null, e.problems());
        } catch (CharacterCodingException e) {
            return new Parsed(name, null, List.of(new DefinitionProblem(name, "", "is not UTF-8 text; save it as UTF-8", true)));
        } catch (IOException e) {
            return new Parsed(name, null, List.of(new DefinitionProblem(name, "", "cannot be read: " + e.getMessage(), true)));
        }
    }

    /** A parsed file: a definition, or null with the errors that rejected it. */
    public record Parsed(String file, TenantDefinition definition, List<DefinitionProblem> problems) {
    }

    /** Applies a parsed file and records the outcome; a failure of one tenant is reported, not thrown. */
    public FileOutcome apply(Parsed parsed) {
        FileOutcome outcome;
        if (parsed.definition() == null) {
            outcome = new FileOutcome(parsed.file(), null, Outcome.REJECTED, parsed.problems());
        } else {
            String tenantId = parsed.definition().id().value();
            try {
                outcome = new FileOutcome(parsed.file(), tenantId, provisioner.apply(parsed.definition(), parsed.file()), parsed.problems());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Applying tenant definition " + parsed.file() + " failed", e);
                List<DefinitionProblem> problems = new ArrayList<>(parsed.problems());
                problems.add(new DefinitionProblem(parsed.file(), "", "could not be applied: " + rootMessage(e), true));
                outcome = new FileOutcome(parsed.file(), tenantId, Outcome.REJECTED, problems);
            }
        }
        FileOutcome result = outcome;
        result.problems().forEach(p -> LOG.log(p.error() ? Level.SEVERE : Level.WARNING, "Tenant definition " + p));
        self.report(result);
        return result;
    }

    @Transactional
    public void report(FileOutcome outcome) {
        DefinitionReport report = persistence.platform().find(DefinitionReport.class, outcome.file());
        if (report == null) {
            report = new DefinitionReport(outcome.file());
            persistence.platform().persist(report);
        }
        report.record(outcome.tenantId(), outcome.outcome(), outcome.problems(), Instant.now());
    }

    @Transactional
    public List<DefinitionReport> reports() {
        return persistence.platform().createQuery("select r from DefinitionReport r order by r.source", DefinitionReport.class).getResultList();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
