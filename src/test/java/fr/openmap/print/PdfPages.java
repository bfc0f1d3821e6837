package fr.openmap.print;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A PDF read back as a person would: its pages' text, their size, the QR code printed on one, its fonts. */
public final class PdfPages implements AutoCloseable {

    private final PDDocument document;

    public PdfPages(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** The text of page {@code index} (from 0), white space made single spaces. */
    public String text(int index) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            return stripper.getText(document).replaceAll("\\s+", " ").trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count(); i++) {
            texts.add(text(i));
        }
        return texts;
    }

    public boolean landscape(int index) {
        PDRectangle box = document.getPage(index).getMediaBox();
        return box.getWidth() > box.getHeight();
    }

    /** Width and height of page {@code index} in millimetres, rounded. */
    public long[] sizeMm(int index) {
        PDRectangle box = document.getPage(index).getMediaBox();
        return new long[]{Math.round(box.getWidth() / 72 * 25.4), Math.round(box.getHeight() / 72 * 25.4)};
    }

    /** The names of the fonts page {@code index} uses, and whether each is embedded. */
    public Map<String, Boolean> fonts(int index) {
        Map<String, Boolean> fonts = new java.util.TreeMap<>();
        try {
            var resources = document.getPage(index).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.put(font.getName(), font.isEmbedded());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /** What the QR code printed on page {@code index} says, read from the page rendered at 200 dpi. */
    public String qrCode(int index) {
        try {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, 200, ImageType.GRAY);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new GrayImage(image)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on page " + (index + 1), e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** zxing's view of a grey image: one luminance byte a pixel (zxing:javase is not used). */
    static final class GrayImage extends LuminanceSource {

        private final byte[] pixels;

        GrayImage(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            pixels = new byte[image.getWidth() * image.getHeight()];
            image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), pixels);
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
