package fr.bde.jobapplication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void pdfIsRecognisedByItsContent() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.detect("%PDF-1.7\n%...".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void docxIsRecognisedByItsParts() throws IOException {
        assertEquals(Optional.of(DocumentType.DOCX),
                DocumentType.detect(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")));
    }

    @Test
    void otherZipFilesAreNotWordDocuments() throws IOException {
        assertTrue(DocumentType.detect(zip("[Content_Types].xml", "xl/workbook.xml")).isEmpty(), "an .xlsx is no CV");
        assertTrue(DocumentType.detect(zip("readme.txt")).isEmpty());
    }

    @Test
    void renamedFilesAreRefusedWhateverTheirName() {
        assertTrue(DocumentType.detect("MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
        assertTrue(DocumentType.detect("Bonjour, voici mon CV".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(DocumentType.detect("<html><script>".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void emptyAndTruncatedContentIsRefused() {
        assertTrue(DocumentType.detect(new byte[0]).isEmpty());
        assertTrue(DocumentType.detect(null).isEmpty());
        assertTrue(DocumentType.detect("%PD".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(DocumentType.detect(new byte[] {'P', 'K', 3, 4, 0, 0}).isEmpty(), "corrupt zip");
    }

    @Test
    void fileNamesLoseAnyPath() {
        assertEquals("cv.pdf", new UploadedDocument("C:\\Users\\moi\\cv.pdf", new byte[1]).safeFileName());
        assertEquals("cv.pdf", new UploadedDocument("../../etc/cv.pdf", new byte[1]).safeFileName());
        assertEquals("document", new UploadedDocument(null, new byte[1]).safeFileName());
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
