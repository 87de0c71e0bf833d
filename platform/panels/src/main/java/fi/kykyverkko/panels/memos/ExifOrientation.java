package fi.kykyverkko.panels.memos;

import java.nio.charset.StandardCharsets;

/**
 * Reads the one EXIF value the cleaner needs, the orientation (tag 0x0112 of IFD0), from a JPEG's APP1 "Exif"
 * segment, and nothing else: a phone writes the pixels as the sensor saw them and says in this tag how to turn them.
 * Any file without it, or with a broken segment, is taken as upright (1): reading never throws.
 */
final class ExifOrientation {

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        try {
            return read(jpeg);
        } catch (RuntimeException broken) {
            return 1;
        }
    }

    private static int read(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return 1;
        }
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return 1;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) { // end of image, start of scan: no more headers
                return 1;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            int start = i + 4;
            if (marker == 0xE1 && length >= 8 && startsWith(b, start, EXIF)) {
                int value = tiffOrientation(b, start + EXIF.length, i + 2 + length);
                if (value > 0) {
                    return value;
                }
            }
            i += 2 + length;
        }
        return 1;
    }

    /** The orientation in the TIFF structure at {@code tiff} (ending before {@code end}), or 0. */
    private static int tiffOrientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return 0;
        }
        long ifd = u32(b, tiff + 4, little);
        int at = tiff + (int) ifd;
        if (ifd < 8 || at + 2 > end) {
            return 0;
        }
        int entries = u16(b, at, little);
        for (int e = 0; e < entries; e++) {
            int entry = at + 2 + 12 * e;
            if (entry + 12 > end) {
                return 0;
            }
            if (u16(b, entry, little) == 0x0112 && u16(b, entry + 2, little) == 3) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            int idx = little ? at + 3 - k : at + k;
            v = (v << 8) | (b[idx] & 0xFF);
        }
        return v;
    }
}
