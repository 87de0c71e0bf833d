package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.groups.AttachmentInfo;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.MeetingAttachment;
import fi.kykyverkko.shell.kit.FormSave;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A meeting's attachments as downloads and, for those who manage the group, the upload of another. */
final class AttachmentsPanel extends Div {

    AttachmentsPanel(Groups groups, TenantId tenant, PortalUser user, long meetingId, boolean manage, Runnable afterUpload) {
        add(new H3(getTranslation("networks.meeting.attachments")));
        UnorderedList files = new UnorderedList();
        for (AttachmentInfo a : groups.attachments(tenant, meetingId)) {
            StreamResource file = new StreamResource(a.fileName(), () -> groups.attachment(tenant, a.id())
                    .map(MeetingAttachment::getContent).map(ByteArrayInputStream::new).orElseGet(() -> new ByteArrayInputStream(new byte[0])));
            // an uploaded file is always a download, never a page the portal renders (an .html upload must not run here)
            file.setContentType(fi.kykyverkko.kernel.domain.StoredFile.safeContentType(a.contentType()));
            file.setHeader("Content-Disposition", "attachment");
            file.setHeader("X-Content-Type-Options", "nosniff");
            Anchor download = new Anchor(file, a.fileName() + " (" + Math.max(1, a.sizeBytes() / 1024) + " kt)");
            download.getElement().setAttribute("download", true);
            files.add(new ListItem(download));
        }
        add(files);
        if (manage) {
            MemoryBuffer buffer = new MemoryBuffer();
            Upload upload = fi.kykyverkko.shell.kit.Uploads.upload(buffer, getLocale());
            upload.setMaxFileSize(fi.kykyverkko.kernel.domain.StoredFile.MAX_BYTES);
            upload.setDropLabel(new Span(getTranslation("networks.meeting.drop-file")));
            upload.addSucceededListener(e -> {
                try (InputStream in = buffer.getInputStream()) {
                    groups.attach(tenant, user, meetingId, e.getFileName(), e.getMIMEType(), in.readAllBytes());
                    FormSave.notify(getTranslation("networks.meeting.attached", e.getFileName()), false);
                    afterUpload.run();
                } catch (IOException failure) {
                    FormSave.notify(getTranslation("kit.form.failed"), true);
                }
            });
            upload.addFileRejectedListener(e -> FormSave.notify(getTranslation("networks.meeting.file-too-large"), true));
            add(upload);
        }
    }
}
