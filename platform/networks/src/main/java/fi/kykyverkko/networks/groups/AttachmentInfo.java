package fi.kykyverkko.networks.groups;

import java.time.Instant;

/** An attachment without its content, for lists. */
public record AttachmentInfo(long id, long meetingId, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
}
