package fi.kykyverkko.kernel.links;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A personal link as a QR code, for a phone's camera from a screen or from paper: an SVG (sharp at any print size)
 * of dark squares on white, error correction M, the standard quiet zone of four modules. The SVG names what it is
 * ({@code title}) for screen readers; the link itself stays out of that text, since it is a secret.
 */
public final class QrCode {

    private QrCode() {
    }

    /** The SVG document of {@code text} as a QR code, {@code title} as its accessible name. */
    public static String svg(String text, String title) {
        BitMatrix matrix = matrix(text);
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" role=\"img\" "
                + "shape-rendering=\"crispEdges\" aria-label=\"" + escape(title) + "\"><title>" + escape(title) + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    public static byte[] svgBytes(String text, String title) {
        return svg(text, title).getBytes(StandardCharsets.UTF_8);
    }

    static BitMatrix matrix(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("nothing to encode");
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code", e);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
