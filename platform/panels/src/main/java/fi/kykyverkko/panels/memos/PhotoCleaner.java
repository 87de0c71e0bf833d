package fi.kykyverkko.panels.memos;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.StoredFile;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a flipchart photo fit to keep and to show: the uploaded bytes are decoded (JPEG or PNG only), turned upright
 * by their EXIF orientation, scaled so the longest side is at most {@value #LONGEST} px (and a thumbnail of
 * {@value #THUMB} px), and encoded again as a new JPEG from the pixels alone. Nothing of the original file survives
 * but the picture: no EXIF (camera, time, <b>GPS location</b>), no XMP, no comments, no ICC profile.
 *
 * <p>Refuses with a problem on field {@code photo} (never an exception from the image libraries): more than
 * {@link StoredFile#MAX_BYTES} ({@code panels.memo.photo.too-large}), more than {@value #MAX_PIXELS} pixels (a small
 * file that would unpack to gigabytes, same key), or anything that is not a readable JPEG or PNG
 * ({@code panels.memo.photo.not-image}).
 */
public final class PhotoCleaner {

    public static final int LONGEST = 1600;
    public static final int THUMB = 320;
    /** 50 megapixels: more than any phone camera; decoding more would hold too much memory (4 bytes a pixel). */
    public static final long MAX_PIXELS = 50_000_000L;
    static final float QUALITY = 0.85f;
    private static final Set<String> FORMATS = Set.of("jpeg", "png");

    /** A cleaned photo: the picture and its thumbnail, both fresh JPEGs, with their sizes in pixels. */
    public record Cleaned(byte[] jpeg, int width, int height, byte[] thumbnail, int thumbWidth, int thumbHeight) {
    }

    private PhotoCleaner() {
    }

    public static Cleaned clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            Problems.refuse("photo", "panels.memo.photo.not-image");
        }
        if (upload.length > StoredFile.MAX_BYTES) {
            Problems.refuse("photo", "panels.memo.photo.too-large", StoredFile.MAX_BYTES / (1024 * 1024));
        }
        int orientation = ExifOrientation.of(upload);
        // scaled before it is turned (the longest side is the same either way, and turning 2.5 Mpx is quick)
        BufferedImage full = orient(scaled(rgb(decode(upload)), LONGEST), orientation);
        BufferedImage thumb = scaled(full, THUMB);
        return new Cleaned(jpeg(full), full.getWidth(), full.getHeight(), jpeg(thumb), thumb.getWidth(), thumb.getHeight());
    }

    /** The pixels of a JPEG or PNG, checked for their count before they are unpacked. */
    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw Problems.refusal("photo", "panels.memo.photo.not-image");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    Problems.refuse("photo", "panels.memo.photo.not-image");
                }
                reader.setInput(in, true, true); // ignore metadata: it is never read, never kept
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    Problems.refuse("photo", "panels.memo.photo.too-large", StoredFile.MAX_BYTES / (1024 * 1024));
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    Problems.refuse("photo", "panels.memo.photo.not-image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof fi.kykyverkko.kernel.domain.InvalidInputException refused) {
                throw refused;
            }
            // a broken, truncated or unsupported file (CMYK JPEG, HEIC renamed .jpg): the person is told, nothing is logged of it
            Problems.refuse("photo", "panels.memo.photo.not-image");
            return null;
        }
    }

    /**
     * The image as it should be seen, for EXIF orientation 1–8 (1 upright; 3 turned 180°; 6 to be turned 90°
     * clockwise; 8 90° counter-clockwise; 2, 4, 5, 7 the same mirrored): each shown pixel taken from its stored place.
     */
    static BufferedImage orient(BufferedImage source, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean turned = orientation >= 5;
        int dw = turned ? h : w;
        int dh = turned ? w : h;
        int[] from = source.getRGB(0, 0, w, h, null, 0, w);
        int[] to = new int[from.length];
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                to[y * dw + x] = from[sy * w + sx];
            }
        }
        BufferedImage out = new BufferedImage(dw, dh, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, dw, dh, to, 0, dw);
        return out;
    }

    /** A plain RGB copy: a PNG's transparency on white (a JPEG has no alpha), an indexed or grey image as colour. */
    static BufferedImage rgb(BufferedImage source) {
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** At most {@code longest} px on the longer side, halving step by step first (a one-step shrink drops detail). */
    static BufferedImage scaled(BufferedImage source, int longest) {
        BufferedImage current = source;
        int max = Math.max(source.getWidth(), source.getHeight());
        if (max <= longest) {
            return source;
        }
        double ratio = (double) longest / max;
        int targetW = Math.max(1, (int) Math.round(source.getWidth() * ratio));
        int targetH = Math.max(1, (int) Math.round(source.getHeight() * ratio));
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == targetW && current.getHeight() == targetH ? current : draw(current, targetW, targetH);
    }

    private static BufferedImage draw(BufferedImage source, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A baseline JPEG of the pixels only: no metadata is given to the writer, so it writes none but its JFIF header. */
    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
