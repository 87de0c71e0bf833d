package fi.kykyverkko.panels.memos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.StoredFile;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The cleaner on photos built here byte by byte: a phone JPEG with an EXIF APP1 segment that holds the orientation
 * and a GPS position (Rovaniemi, 66° 30' N 25° 44' E), and an XMP APP1 with the same place; the cleaned JPEG has no
 * APP1 at all, none of the bytes, is turned upright and no larger than 1600 px.
 */
class PhotoCleanerTest {

    /** A photo 2000 × 1000 as the sensor stored it: left half red, right half blue. */
    static BufferedImage sensor() {
        BufferedImage image = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 1000, 1000);
        g.setColor(Color.BLUE);
        g.fillRect(1000, 0, 1000, 1000);
        g.dispose();
        return image;
    }

    static byte[] plainJpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "jpeg", out));
        return out.toByteArray();
    }

    /** The EXIF TIFF structure (big-endian): IFD0 with Orientation and the GPS IFD pointer; the GPS IFD with N 66° 30' 0", E 25° 44' 0". */
    static byte[] exif(int orientation) {
        ByteBuffer t = ByteBuffer.allocate(200);
        t.put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8);
        // IFD0 at 8: 2 entries, then next-IFD 0
        t.putShort((short) 2);
        t.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4; // 38
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        t.putInt(0);
        // GPS IFD at 38: 4 entries, rationals after it
        int rationals = gpsIfd + 2 + 4 * 12 + 4; // 92
        t.putShort((short) 4);
        t.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0});
        t.putShort((short) 2).putShort((short) 5).putInt(3).putInt(rationals);
        t.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[]{'E', 0, 0, 0});
        t.putShort((short) 4).putShort((short) 5).putInt(3).putInt(rationals + 24);
        t.putInt(0);
        t.putInt(66).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        t.putInt(25).putInt(1).putInt(44).putInt(1).putInt(0).putInt(1);
        byte[] tiff = new byte[t.position()];
        t.flip().get(tiff);
        ByteBuffer app1 = ByteBuffer.allocate(tiff.length + 6);
        app1.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff);
        return app1.array();
    }

    static byte[] xmp() {
        return ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description "
                + "exif:GPSLatitude=\"66,30.0N\" exif:GPSLongitude=\"25,44.0E\" photoshop:City=\"Rovaniemi\"/></rdf:RDF></x:xmpmeta>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code jpeg} with APP1 segments put right after its SOI marker, as cameras write them. */
    static byte[] withApp1(byte[] jpeg, byte[]... payloads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] p : payloads) {
            out.write(0xFF);
            out.write(0xE1);
            out.write((p.length + 2) >> 8);
            out.write((p.length + 2) & 0xFF);
            out.write(p, 0, p.length);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The markers of the header segments, up to the start of scan. */
    static List<Integer> markers(byte[] b) {
        List<Integer> found = new ArrayList<>();
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            found.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
        }
        return found;
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void theTestPhotoReallyCarriesGpsSoTheTestCanFail() throws IOException {
        byte[] phone = withApp1(plainJpeg(sensor()), exif(6), xmp());
        assertTrue(markers(phone).contains(0xE1), "APP1 written");
        assertTrue(contains(phone, "Exif") && contains(phone, "Rovaniemi") && contains(phone, "GPSLatitude"));
        assertEquals(6, ExifOrientation.of(phone));
        assertEquals(2000, ImageIO.read(new ByteArrayInputStream(phone)).getWidth(), "still a JPEG the readers accept");
    }

    @Test
    void theCleanedPhotoHasNoExifNoXmpNoGpsAndIsUprightAndResized() throws IOException {
        byte[] phone = withApp1(plainJpeg(sensor()), exif(6), xmp());
        PhotoCleaner.Cleaned clean = PhotoCleaner.clean(phone);

        List<Integer> markers = markers(clean.jpeg());
        assertFalse(markers.contains(0xE1), "no APP1 (EXIF or XMP): " + markers);
        assertTrue(markers.stream().noneMatch(m -> m >= 0xE1 && m <= 0xEF), "no application segment but JFIF's APP0: " + markers);
        assertFalse(markers.contains(0xFE), "no comment");
        assertFalse(contains(clean.jpeg(), "Exif"));
        assertFalse(contains(clean.jpeg(), "GPS"));
        assertFalse(contains(clean.jpeg(), "Rovaniemi"));
        assertFalse(contains(clean.jpeg(), "adobe"));
        assertEquals(1, ExifOrientation.of(clean.jpeg()), "no orientation left to apply twice");

        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(clean.jpeg()));
        assertEquals(800, shown.getWidth(), "turned 90° clockwise: 1000 × 2000, scaled to 800 × 1600");
        assertEquals(1600, shown.getHeight());
        assertEquals(800, clean.width());
        assertEquals(1600, clean.height());
        assertTrue(isRed(shown.getRGB(400, 200)), "the sensor's left half is on top: " + Integer.toHexString(shown.getRGB(400, 200)));
        assertTrue(isBlue(shown.getRGB(400, 1400)), "its right half at the bottom");

        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(clean.thumbnail()));
        assertEquals(160, thumb.getWidth());
        assertEquals(320, thumb.getHeight());
        assertFalse(markers(clean.thumbnail()).contains(0xE1));
    }

    @Test
    void everyOrientationIsTurnedTheWayTheCameraSaid() throws IOException {
        // a 4 × 2 sensor image whose top-left pixel is red, the rest blue: where the red pixel is seen, per orientation
        BufferedImage small = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 2; y++) {
                small.setRGB(x, y, 0x0000FF);
            }
        }
        small.setRGB(0, 0, 0xFF0000);
        int[][] redAt = {null, {0, 0}, {3, 0}, {3, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 3}, {0, 3}};
        for (int o = 1; o <= 8; o++) {
            BufferedImage shown = PhotoCleaner.orient(small, o);
            assertEquals(o >= 5 ? 2 : 4, shown.getWidth(), "orientation " + o);
            assertEquals(0xFF0000, shown.getRGB(redAt[o][0], redAt[o][1]) & 0xFFFFFF, "orientation " + o);
        }
    }

    @Test
    void aSmallPngIsKeptAtItsSizeAndBecomesAJpeg() throws IOException {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        PhotoCleaner.Cleaned clean = PhotoCleaner.clean(png.toByteArray());
        assertEquals(300, clean.width());
        assertEquals(200, clean.height());
        assertEquals(0xFF, clean.jpeg()[0] & 0xFF);
        assertEquals(0xD8, clean.jpeg()[1] & 0xFF);
        assertTrue(isWhite(ImageIO.read(new ByteArrayInputStream(clean.jpeg())).getRGB(10, 10)), "transparency on white");
    }

    @Test
    void aNonImageABrokenImageAndATooLargeFileAreRefusedWithAMessageKey() throws IOException {
        InvalidInputException pdf = assertThrows(InvalidInputException.class,
                () -> PhotoCleaner.clean("%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("panels.memo.photo.not-image", pdf.problems().list().get(0).key());
        assertEquals("photo", pdf.problems().list().get(0).field());

        byte[] jpeg = plainJpeg(sensor());
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 200);
        assertEquals("panels.memo.photo.not-image",
                assertThrows(InvalidInputException.class, () -> PhotoCleaner.clean(truncated)).problems().list().get(0).key());

        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif", gif);
        assertEquals("panels.memo.photo.not-image",
                assertThrows(InvalidInputException.class, () -> PhotoCleaner.clean(gif.toByteArray())).problems().list().get(0).key(),
                "only JPEG and PNG");

        byte[] huge = new byte[StoredFile.MAX_BYTES + 1];
        System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
        assertEquals("panels.memo.photo.too-large",
                assertThrows(InvalidInputException.class, () -> PhotoCleaner.clean(huge)).problems().list().get(0).key());
        assertThrows(InvalidInputException.class, () -> PhotoCleaner.clean(new byte[0]));
    }

    @Test
    void aBrokenExifSegmentIsTakenAsUpright() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x00, 0x10, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0x7F, 0x7F, 0x7F, 0x7F};
        assertEquals(1, ExifOrientation.of(broken));
    }

    static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && (rgb & 0xFF) < 60;
    }

    static boolean isBlue(int rgb) {
        return (rgb & 0xFF) > 200 && ((rgb >> 16) & 0xFF) < 60;
    }

    static boolean isWhite(int rgb) {
        return ((rgb >> 16) & 0xFF) > 240 && ((rgb >> 8) & 0xFF) > 240 && (rgb & 0xFF) > 240;
    }
}
