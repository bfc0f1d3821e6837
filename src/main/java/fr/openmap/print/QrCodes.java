package fr.openmap.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/** QR codes as inline SVG: one path of unit squares, with the 4-module quiet zone readers need around it. */
public final class QrCodes {

    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** The SVG of a QR code for {@code text}, {@code millimetres} wide, quiet zone included. */
    public static String svg(String text, int millimetres) {
        BitMatrix matrix;
        try {
            // medium error correction: a badge gets folded and scratched
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", e);
        }
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < size && matrix.get(run, y)) {
                    run++;
                }
                path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run - x).append("v1h-").append(run - x).append('z');
                x = run;
            }
        }
        int full = size + 2 * QUIET_ZONE;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"" + millimetres + "mm\" height=\""
                + millimetres + "mm\" viewBox=\"0 0 " + full + " " + full + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + full + "\" height=\"" + full + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
