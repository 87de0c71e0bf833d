package fi.kykyverkko.kernel.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The portal's one persistence unit, described in code rather than in a persistence.xml: its classes are what
 * the installed modules declare ({@code PortalModule.entities()}), so a module brings its entities with it and
 * nothing central lists them. Tables come from Flyway, never from JPA.
 */
final class ModulePersistenceUnit implements PersistenceUnitInfo {

    static final String NAME = "kykyverkko";

    private final List<String> classNames;
    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final Properties properties = new Properties();

    ModulePersistenceUnit(List<Class<?>> classes, DataSource dataSource, ClassLoader classLoader) {
        this.classNames = classes.stream().map(Class::getName).distinct().toList();
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        properties.setProperty("eclipselink.target-database", "MySQL");
        // join Payara's JTA transactions
        properties.setProperty("eclipselink.target-server", "Glassfish");
        properties.setProperty("eclipselink.ddl-generation", "none");
        properties.setProperty("eclipselink.logging.level", "WARNING");
        // SQL and parameters can carry personal data: never log them
        properties.setProperty("eclipselink.logging.parameters", "false");
        // tenant entities must never share a cache across tenants
        properties.setProperty("eclipselink.multitenant.tenants-share-cache", "false");
        // the classes are loaded already when the unit is built on first use: there is nothing left to weave
        properties.setProperty("eclipselink.weaving", "false");
    }

    @Override
    public String getPersistenceUnitName() {
        return NAME;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.JTA;
    }

    @Override
    public DataSource getJtaDataSource() {
        return dataSource;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return null;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return ModulePersistenceUnit.class.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    public List<String> getManagedClassNames() {
        return classNames;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.UNSPECIFIED;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.AUTO;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no weaving (see the constructor)
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }
}
