package fr.bde.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bde.jobapplication.domain.DocumentKind;
import fr.bde.jobapplication.domain.DocumentType;
import fr.bde.jobapplication.domain.UploadedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real types by content, whatever the file is called, and which kind of document accepts which type. */
class DocumentRulesTest {

    static byte[] sample(String name) throws IOException {
        return switch (name) {
            case "pdf" -> "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
            case "docx" -> zip(false, "[Content_Types].xml", "word/document.xml");
            case "odt" -> zip(true, "mimetype", "content.xml", "META-INF/manifest.xml");
            case "ods" -> odf("application/vnd.oasis.opendocument.spreadsheet");
            case "jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
            case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
            case "gif" -> "GIF89a....".getBytes(StandardCharsets.US_ASCII);
            case "exe" -> "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1);
            case "text" -> "Mon CV : ...".getBytes(StandardCharsets.UTF_8);
            case "zip" -> zip(false, "readme.txt");
            case "empty" -> new byte[0];
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "pdf, PDF", "docx, DOCX", "odt, ODT", "jpeg, JPEG", "png, PNG",
            "ods, -", "gif, -", "exe, -", "text, -", "zip, -", "empty, -"})
    void typeIsDetectedByContent(String sample, DocumentType type) throws IOException {
        assertEquals(Optional.ofNullable(type), DocumentType.detect(sample(sample)));
    }

    @ParameterizedTest(name = "{0} \"{1}\" as {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            // content, name given, kind,       refusal
            "pdf,  cv.pdf,          CV,           -",
            "docx, cv.docx,         CV,           -",
            "odt,  cv.odt,          CV,           -",
            "jpeg, cv.jpg,          CV,           documents.badType.CV",
            "png,  lettre.png,      COVER_LETTER, documents.badType.COVER_LETTER",
            "odt,  lettre.odt,      COVER_LETTER, -",
            "jpeg, diplome.jpg,     OTHER,        -",
            "png,  permis.png,      OTHER,        -",
            "pdf,  diplome.pdf,     OTHER,        -",
            "exe,  cv.pdf,          CV,           documents.badType.CV",
            "text, cv.docx,         CV,           documents.badType.CV",
            "gif,  photo.png,       OTHER,        documents.badType.OTHER",
            "empty, cv.pdf,         CV,           documents.required.CV",
    })
    void eachKindAcceptsItsTypes(String sample, String name, DocumentKind kind, String refusal) throws IOException {
        assertEquals(Optional.ofNullable(refusal), DocumentRules.check(kind, new UploadedDocument(name, sample(sample)), "file")
                .map(e -> e.getMessageKey()));
    }

    @ParameterizedTest
    @CsvSource({"CV", "COVER_LETTER", "OTHER"})
    void tooLargeIsRefusedWhateverTheType(DocumentKind kind) {
        byte[] big = new byte[(int) DocumentType.MAX_SIZE + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertEquals(Optional.of("documents.tooLarge." + kind), DocumentRules.check(kind, new UploadedDocument("x.pdf", big), "file")
                .map(e -> e.getMessageKey()));
    }

    static byte[] odf(String mimeType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] zip(boolean openDocument, String... entries) throws IOException {
        if (openDocument) {
            return odf("application/vnd.oasis.opendocument.text");
        }
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
