package fi.kykyverkko.kernel.exchange.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A plain, readable A4 document for people rather than machines: a title, headings, paragraphs and "label: value"
 * lines, wrapped to the page, paged with "page n / m" at the foot. Any module's exports use it (a client's own data,
 * reports), so they look alike. Text is set in Helvetica, whose encoding covers Finnish, Swedish and the other
 * Western European letters; a character outside it is printed as "?" rather than failing the export.
 */
public final class ReadablePdf {

    private static final float MARGIN = 56;
    private static final float TITLE_SIZE = 17;
    private static final float HEADING_SIZE = 13;
    private static final float TEXT_SIZE = 10.5f;
    private static final float FOOT_SIZE = 8.5f;
    private static final float LEADING = 1.35f;

    private final String title;
    private final Locale language;
    private final List<Block> blocks = new ArrayList<>();

    private ReadablePdf(String title, Locale language) {
        this.title = title;
        this.language = language;
    }

    /** A document titled {@code title} in {@code language} (recorded in the file, for screen readers). */
    public static ReadablePdf titled(String title, Locale language) {
        return new ReadablePdf(title, language);
    }

    public ReadablePdf heading(String text) {
        blocks.add(new Block(Kind.HEADING, null, text));
        return this;
    }

    public ReadablePdf paragraph(String text) {
        blocks.add(new Block(Kind.PARAGRAPH, null, text));
        return this;
    }

    /** A "label: value" line; an empty value prints "–" so that the reader sees the field was not left out. */
    public ReadablePdf field(String label, String value) {
        blocks.add(new Block(Kind.FIELD, label, value == null || value.isBlank() ? "–" : value));
        return this;
    }

    /** An indented line under the previous one, e.g. one entry of a history. */
    public ReadablePdf item(String text) {
        blocks.add(new Block(Kind.ITEM, null, text));
        return this;
    }

    public byte[] toBytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            Layout layout = new Layout(document);
            layout.write(bold, TITLE_SIZE, 0, printable(regular, title));
            layout.space(TEXT_SIZE);
            for (Block block : blocks) {
                switch (block.kind) {
                    case HEADING -> {
                        layout.space(HEADING_SIZE * 0.8f);
                        layout.write(bold, HEADING_SIZE, 0, printable(bold, block.text));
                    }
                    case PARAGRAPH -> layout.write(regular, TEXT_SIZE, 0, printable(regular, block.text));
                    case FIELD -> layout.write(regular, TEXT_SIZE, 0, printable(regular, block.label + ": " + block.text));
                    case ITEM -> layout.write(regular, TEXT_SIZE, 14, printable(regular, "• " + block.text));
                }
            }
            layout.close();
            footers(document, regular);
            describe(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        }
    }

    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Kykyverkko");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(language.toLanguageTag());
        PDViewerPreferences preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private void footers(PDDocument document, PDType1Font font) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                foot.beginText();
                foot.setFont(font, FOOT_SIZE);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(printable(font, title + "   " + (i + 1) + " / " + pages));
                foot.endText();
            }
        }
    }

    /** The text with every character the font cannot show replaced by "?" (and line breaks as spaces). */
    static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private enum Kind { HEADING, PARAGRAPH, FIELD, ITEM }

    private record Block(Kind kind, String label, String text) {
    }

    /** Writes wrapped lines down the page and starts a new page when one is full. */
    private static final class Layout {
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void write(PDType1Font font, float size, float indent, String text) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String line : wrap(font, size, text, width)) {
                if (y - size * LEADING < MARGIN) {
                    newPage();
                }
                y -= size * LEADING;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN + indent, y);
                stream.showText(line);
                stream.endText();
            }
        }

        void space(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word longer than the line (an address, a file name) is broken where it must be
                String rest = word;
                while (font.getStringWidth(rest) / 1000 * size > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
