package fi.kykyverkko.kernel.exchange.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReadablePdfTest {

    @Test
    void theTextCanBeReadBackWithFinnishLettersTitleAndLanguage() throws Exception {
        byte[] pdf = ReadablePdf.titled("Asiakkaan tiedot", Locale.forLanguageTag("fi")).heading("Jaksot")
                .field("Sukunimi", "Äyräpää").field("Puhelin", null).item("Alkukartoitus 5.1.2026").paragraph("Åsa ja Öljy").toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Sukunimi: Äyräpää"), text);
            assertTrue(text.contains("Puhelin: –"), text);
            assertTrue(text.contains("Åsa ja Öljy"), text);
            assertTrue(text.contains("1 / 1"), text);
            assertEquals("Asiakkaan tiedot", document.getDocumentInformation().getTitle());
            assertEquals("fi", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void longTextFlowsOntoMorePagesAndLongWordsAreBroken() throws Exception {
        ReadablePdf doc = ReadablePdf.titled("Pitkä", Locale.ENGLISH);
        for (int i = 0; i < 200; i++) {
            doc.paragraph("Rivi " + i + " " + "sana ".repeat(30));
        }
        doc.paragraph("x".repeat(500));
        try (PDDocument document = Loader.loadPDF(doc.toBytes())) {
            assertTrue(document.getNumberOfPages() > 5);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Rivi 199"));
            assertTrue(text.contains("/ " + document.getNumberOfPages()));
        }
    }

    @Test
    void aCharacterTheFontLacksIsAQuestionMarkNotAFailure() throws Exception {
        byte[] pdf = ReadablePdf.titled("T", Locale.ENGLISH).paragraph("Ω 漢 ok").toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("? ? ok"));
        }
    }
}
