package fi.kykyverkko.panels.memos;

import fi.kykyverkko.kernel.domain.StoredFile;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A flipchart photo of a memo, as {@link PhotoCleaner} made it: a fresh JPEG (content type {@code image/jpeg}, at most
 * 1600 px) and its thumbnail, with their sizes. The uploaded file itself, with its EXIF and GPS, is never stored.
 * Kept in the region's schema beside the memo; served only to that region's staff and the panel's members.
 */
@Entity
@Table(name = "panel_memo_photo")
public class MemoPhoto extends StoredFile {

    @Column(name = "memo_id", nullable = false)
    private long memoId;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] thumbnail;

    protected MemoPhoto() {
    }

    MemoPhoto(long memoId, String fileName, PhotoCleaner.Cleaned clean, String actor, Instant now) {
        super(jpegName(fileName), "image/jpeg", clean.jpeg(), actor, now);
        this.memoId = memoId;
        this.width = clean.width();
        this.height = clean.height();
        this.thumbnail = clean.thumbnail().clone();
    }

    /** The upload's name without its path, ending in .jpg as the stored file is a JPEG. */
    static String jpegName(String uploaded) {
        String name = uploaded == null || uploaded.isBlank() ? "kuva" : uploaded.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        name = name.length() > 180 ? name.substring(0, 180) : name;
        return (name.isBlank() ? "kuva" : name) + ".jpg";
    }

    public long getMemoId() { return memoId; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public byte[] getThumbnail() { return thumbnail.clone(); }
}
