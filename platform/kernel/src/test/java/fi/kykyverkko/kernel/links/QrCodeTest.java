package fi.kykyverkko.kernel.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final String LINK = "https://kykyverkko.fi/l/lappi/Qm9vbXNoYWthbGFrYS1rZXktMjU2LWJpdHMtbG9uZy10b2tlbg";

    @Test
    void theCodeReadsBackAsTheLinkWithAQuietZone() throws Exception {
        BitMatrix matrix = QrCode.matrix(LINK);
        int scale = 4;
        int size = matrix.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xff000000 : 0xffffffff;
            }
        }
        LuminanceSource image = new RGBLuminanceSource(size, size, pixels);
        assertEquals(LINK, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(image))).getText());
        for (int i = 0; i < 4; i++) {
            assertFalse(matrix.get(i, i), "the quiet zone is white");
        }
    }

    @Test
    void theSvgNamesItselfAndNeverCarriesTheLinkAsText() {
        String svg = QrCode.svg(LINK, "Kyselyn linkki <QR>");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("<title>Kyselyn linkki &lt;QR&gt;</title>"));
        assertFalse(svg.contains("lappi"), "the secret is only in the squares");
        assertThrows(IllegalArgumentException.class, () -> QrCode.svg(" ", "x"));
    }
}
