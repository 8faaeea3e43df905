package fr.bde.batch.offerexport;

import fr.bde.export.service.ExportService;
import fr.bde.export.service.OfferExportRow;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams rows into an .xlsx: SXSSF keeps a window of {@link #WINDOW} rows in memory and flushes
 * the rest to a temporary file, so the heap stays flat whatever the number of offers.
 */
@Named
@Dependent
public class OfferExportWriter extends AbstractItemWriter {

    static final int WINDOW = 200;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String[] COLUMNS = {"reference", "title", "contractType", "departement", "region",
        "status", "createdAt", "publishedAt", "closingDate", "qualificationLevel", "salary"};

    @Inject
    @BatchProperty
    private String exportId;

    @Inject
    private ExportService exports;

    private SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private CellStyle dateStyle;
    private int rowIndex;

    @Override
    public void open(Serializable checkpoint) {
        workbook = new SXSSFWorkbook(WINDOW);
        sheet = workbook.createSheet(bundle().getString("sheet.offers"));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        Row row = sheet.createRow(0);
        ResourceBundle labels = bundle();
        for (int i = 0; i < COLUMNS.length; i++) {
            row.createCell(i).setCellValue(labels.getString("column." + COLUMNS[i]));
            row.getCell(i).setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        rowIndex = 1;
    }

    @Override
    public void writeItems(List<Object> items) {
        ResourceBundle labels = bundle();
        for (Object item : items) {
            OfferExportRow offer = (OfferExportRow) item;
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(offer.reference());
            row.createCell(1).setCellValue(offer.title());
            row.createCell(2).setCellValue(offer.contractType());
            row.createCell(3).setCellValue(offer.departement());
            row.createCell(4).setCellValue(offer.region());
            row.createCell(5).setCellValue(labels.getString("OfferStatus." + offer.status().name()));
            date(row, 6, offer.createdAt() == null ? null : Date.from(offer.createdAt()));
            date(row, 7, offer.publishedAt() == null ? null : Date.from(offer.publishedAt()));
            date(row, 8, offer.closingDate() == null ? null
                    : Date.from(offer.closingDate().atStartOfDay(PARIS).toInstant()));
            row.createCell(9).setCellValue(offer.qualificationLevel() == null ? "" : offer.qualificationLevel());
            row.createCell(10).setCellValue(offer.salary() == null ? "" : offer.salary());
        }
        exports.progress(Long.valueOf(exportId), rowIndex - 1L);
    }

    private void date(Row row, int column, Date value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(dateStyle);
        }
    }

    /** Writes the finished workbook where the next step picks it up. */
    @Override
    public void close() throws IOException {
        if (workbook == null) {
            return;
        }
        try (OutputStream out = Files.newOutputStream(workbookPath(Long.valueOf(exportId)))) {
            workbook.write(out);
        } finally {
            workbook.close();
            workbook = null;
        }
    }

    static Path workbookPath(Long exportId) {
        return Path.of(System.getProperty("java.io.tmpdir"), "bde-export-" + exportId + ".xlsx");
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle("fr.bde.i18n.Export", Locale.FRENCH, OfferExportWriter.class.getClassLoader());
    }
}
