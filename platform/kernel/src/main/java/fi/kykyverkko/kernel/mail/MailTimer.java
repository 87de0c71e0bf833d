package fi.kykyverkko.kernel.mail;

import fi.kykyverkko.kernel.schema.StartupState;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the {@link MailSender} every 30 seconds once the portal is ready (not persistent: a missed run is no loss). */
@Singleton
public class MailTimer {

    private static final Logger LOG = Logger.getLogger(MailTimer.class.getName());

    @Inject
    StartupState state;

    @Inject
    MailSender sender;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each message has its own short transactions
    void sendDue() {
        if (!state.isReady()) {
            return;
        }
        try {
            sender.sendAllDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail run failed; the next one is in 30 seconds", e);
        }
    }
}
