package fr.bde.commission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Profile documents are recognised by their bytes, whatever their name claims. */
class ProfileFileTypeTest {

    static byte[] zip(String... nameThenContent) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameThenContent[i]));
                zip.write(nameThenContent[i + 1].getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void recognisesEachAcceptedType() throws IOException {
        assertEquals(Optional.of(ProfileFileType.PDF), ProfileFileType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(ProfileFileType.DOCX),
                ProfileFileType.detect(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")));
        assertEquals(Optional.of(ProfileFileType.ODT),
                ProfileFileType.detect(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")));
        assertEquals(Optional.of(ProfileFileType.JPEG), ProfileFileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Optional.of(ProfileFileType.PNG),
                ProfileFileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}));
    }

    @Test
    void refusesWhatOnlyPretends() throws IOException {
        assertEquals(Optional.empty(), ProfileFileType.detect(null));
        assertEquals(Optional.empty(), ProfileFileType.detect(new byte[0]));
        assertEquals(Optional.empty(), ProfileFileType.detect("<html>cv.pdf</html>".getBytes(StandardCharsets.US_ASCII)));
        // a spreadsheet is an OpenDocument, not a text
        assertEquals(Optional.empty(),
                ProfileFileType.detect(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")));
        // a plain ZIP
        assertEquals(Optional.empty(), ProfileFileType.detect(zip("readme.txt", "hello")));
        assertEquals(Optional.empty(), ProfileFileType.detect("PK".getBytes(StandardCharsets.US_ASCII)));
    }
}
