package fi.kykyverkko.kernel.tenancy;

import fi.kykyverkko.kernel.schema.SchemaMigrator;
import fi.kykyverkko.kernel.tenancy.DefinitionReport.Outcome;
import fi.kykyverkko.kernel.tenancy.TenantDefinition.IndicatorTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import fi.kykyverkko.kernel.persistence.PortalPersistence;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * Creates and updates tenants at runtime, without a restart: schema and migrations first, then the
 * registry entry and the tenant's own settings in one transaction. Re-applying the same definition changes nothing.
 */
@ApplicationScoped
public class TenantProvisioner {

    private static final Logger LOG = Logger.getLogger(TenantProvisioner.class.getName());

    @Inject
    PortalPersistence persistence;

    @Inject
    TenantRegistry registry;

    @Inject
    SchemaMigrator migrator;

    @Inject
    TenantData tenantData;

    @Inject
    TenantProvisioner self;

    @Inject
    Event<TenantChanged> changed;

    /**
     * @param definedBy where the definition came from (file name, or "API by <user>")
     * @return CREATED, UPDATED or UNCHANGED
     */
    public Outcome apply(TenantDefinition definition, String definedBy) {
        // Schema first: a registry row must never point at a schema that does not exist.
        migrator.migrateTenant(definition.id());
        Outcome outcome = self.record(definition, definedBy);
        if (outcome != Outcome.UNCHANGED) {
            changed.fire(new TenantChanged(definition.id()));
        }
        return outcome;
    }

    /** Creates a tenant that must not exist yet (the API's create). */
    public void create(TenantDefinition definition, String definedBy) throws TenantExistsException {
        if (registry.find(definition.id()).isPresent()) {
            throw new TenantExistsException(definition.id());
        }
        apply(definition, definedBy);
    }

    @Transactional
    public Outcome record(TenantDefinition definition, String definedBy) {
        Instant now = Instant.now();
        String hash = hash(definition);
        Tenant tenant = persistence.platform().find(Tenant.class, definition.id().value());
        Outcome outcome;
        if (tenant == null) {
            persistence.platform().persist(new Tenant(definition, hash, definedBy, now));
            persistence.platform().flush();
            outcome = Outcome.CREATED;
        } else if (tenant.definitionHash().equals(hash)) {
            return Outcome.UNCHANGED;
        } else {
            tenant.redefine(definition, hash, definedBy, now);
            outcome = Outcome.UPDATED;
        }
        writeTargets(definition.id(), definition.indicatorTargets(), now);
        LOG.info(() -> "Tenant " + definition.id() + " " + outcome.name().toLowerCase() + " from " + definedBy);
        return outcome;
    }

    private void writeTargets(TenantId tenant, List<IndicatorTarget> targets, Instant now) {
        tenantData.run(tenant, tem -> {
            List<String> wanted = targets.stream().map(IndicatorTarget::indicator).toList();
            for (IndicatorTargetRecord existing : tem.createQuery(
                    "select t from IndicatorTargetRecord t", IndicatorTargetRecord.class).getResultList()) {
                if (!wanted.contains(existing.indicator())) {
                    tem.remove(existing);
                }
            }
            for (IndicatorTarget target : targets) {
                IndicatorTargetRecord record = tem.find(IndicatorTargetRecord.class, target.indicator());
                if (record == null) {
                    tem.persist(new IndicatorTargetRecord(target.indicator(), target.target(), target.scale(), now));
                } else {
                    record.set(target.target(), target.scale(), now);
                }
            }
        });
    }

    /**
     * Switches optional modules on or off for a tenant from the administration UI. The definition fingerprint is
     * kept, so the nightly file run does not undo this; an edited definition file wins again when it changes.
     */
    @Transactional
    public void setModules(TenantId tenant, java.util.Set<String> modules) {
        registry.require(tenant).enableOnly(modules, Instant.now());
        LOG.info(() -> "Modules of " + tenant + " set to " + modules);
    }

    /** A stable fingerprint of everything a definition says, to tell changed definitions from unchanged ones. */
    static String hash(TenantDefinition d) {
        StringBuilder canonical = new StringBuilder()
                .append(d.id()).append('\n')
                .append(d.names().fi()).append('\n').append(d.names().sv()).append('\n').append(d.names().en()).append('\n')
                .append(d.organisation()).append('\n')
                .append(String.join("|", d.municipalities())).append('\n')
                .append(String.join("|", d.modules().stream().sorted().toList())).append('\n')
                .append(d.theme()).append('\n');
        d.indicatorTargets().forEach(t -> canonical.append(t.indicator()).append('=')
                .append(t.target().stripTrailingZeros().toPlainString()).append(' ').append(t.scale().key()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
