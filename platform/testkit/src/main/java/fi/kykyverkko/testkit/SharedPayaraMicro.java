package fi.kykyverkko.testkit;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara's Arquillian container for Payara Micro starts a new Payara Micro for every deployment and stops it on
 * undeployment, and Arquillian deploys and undeploys around every test class: one restart (and one wait for
 * readiness) per class. This container, which replaces it through {@link Extension}, deploys the
 * {@link PortalDeployment#shared() shared} archive once, answers every later class's deployment of it with the
 * same running server, ignores its undeployments and stops it when Arquillian stops the container at the end of
 * the run. Any other archive (a class's own {@code @Deployment}) gets a Payara Micro of its own as before.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private PayaraMicroContainerConfiguration configuration;
    private PayaraMicroDeployableContainer shared;
    private Archive<?> sharedArchive;
    private ProtocolMetaData sharedMetaData;
    private final Map<String, PayaraMicroDeployableContainer> own = new HashMap<>();

    /** Registered in META-INF/services: puts this container in place of Payara's. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new PayaraMicroDeployableContainer().getDefaultProtocol();
    }

    @Override
    public void start() {
        // Payara Micro starts with its deployment
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (PortalDeployment.isShared(archive)) {
            if (shared == null) {
                PayaraMicroDeployableContainer started = payaraMicro();
                sharedMetaData = started.deploy(archive);
                shared = started;
                sharedArchive = archive;
            }
            return sharedMetaData;
        }
        PayaraMicroDeployableContainer separate = payaraMicro();
        own.put(archive.getName(), separate);
        return separate.deploy(archive);
    }

    @Override
    public synchronized void undeploy(Archive<?> archive) throws DeploymentException {
        if (!PortalDeployment.isShared(archive)) {
            PayaraMicroDeployableContainer separate = own.remove(archive.getName());
            if (separate != null) {
                separate.undeploy(archive);
            }
        }
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (shared != null) {
            try {
                shared.undeploy(sharedArchive);
            } catch (DeploymentException e) {
                throw new LifecycleException("could not stop the shared Payara Micro", e);
            } finally {
                shared = null;
            }
        }
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    private PayaraMicroDeployableContainer payaraMicro() {
        PayaraMicroDeployableContainer container = new PayaraMicroDeployableContainer();
        container.setup(configuration);
        return container;
    }
}
