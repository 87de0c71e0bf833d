package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.upload.Receiver;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Arrays;
import java.util.Locale;

/**
 * File uploads that speak the user's language: Vaadin's own texts ("Upload File…", "Drop file here", its error
 * and progress messages, the size units) come from the portal's bundle ({@code kit.upload.*}). Every module makes
 * its uploads here; {@code KitComponentsTest} fails on one made elsewhere.
 */
public final class Uploads {

    private Uploads() {
    }

    /** An upload into {@code receiver} (e.g. a {@code MemoryBuffer}), texts in {@code locale}. */
    @SuppressWarnings("deprecation") // Receiver is what the modules use today; UploadHandler below for new code
    public static Upload upload(Receiver receiver, Locale locale) {
        Upload upload = new Upload(receiver);
        upload.setI18n(i18n(locale));
        return upload;
    }

    /** An upload handled by {@code handler}, texts in {@code locale}. */
    public static Upload upload(UploadHandler handler, Locale locale) {
        Upload upload = new Upload(handler);
        upload.setI18n(i18n(locale));
        return upload;
    }

    /** Vaadin's upload texts in {@code locale}. */
    public static UploadI18N i18n(Locale locale) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(locale, "add-one")).setMany(t(locale, "add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(locale, "drop-one")).setMany(t(locale, "drop-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(locale, "too-many")).setFileIsTooBig(t(locale, "too-big"))
                .setIncorrectFileType(t(locale, "wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(locale, "connecting")).setStalled(t(locale, "stalled"))
                        .setProcessing(t(locale, "processing")).setHeld(t(locale, "held")))
                // the component writes the prefix right before the time: the space is ours
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(locale, "remaining") + " ")
                        .setUnknown(t(locale, "remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(locale, "server-unavailable"))
                        .setUnexpectedServerError(t(locale, "server-error")).setForbidden(t(locale, "forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(locale, "retry")).setStart(t(locale, "start")).setRemove(t(locale, "remove")));
        i18n.setUnits(Arrays.stream(t(locale, "units").split(",")).map(String::trim).toList(), 1000);
        return i18n;
    }

    private static String t(Locale locale, String key) {
        return KitTexts.text(locale, "kit.upload." + key);
    }
}
