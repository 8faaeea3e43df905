package fr.bde.web.control;

import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.service.En3sReportRow;
import fr.bde.approval.service.En3sReportService;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.ClockProducer;
import fr.bde.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The whole EN3S control report of one period as an .xlsx ({@code /controle/en3s.xlsx?annee=2027}),
 * streamed: the report is read by batches (keyset) and SXSSF keeps a window of rows in memory, so
 * the heap stays flat whatever the size of the period. Scoped by the service like the screen.
 */
@WebServlet("/controle/en3s.xlsx")
public class En3sReportExportServlet extends HttpServlet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int WINDOW = 200;
    static final int BATCH = 500;
    /** Column keys (control.en3s.column.*), in sheet order; widths in characters. */
    static final String[] COLUMNS = {"reference", "title", "organisation", "level", "createdAt", "createdBy",
        "launched", "submittedAt", "submittedBy", "dueDate", "answer", "answeredAt", "answeredBy", "comment",
        "published", "firstPublishedAt", "publishedWithoutValidation"};
    static final int[] WIDTHS = {14, 40, 30, 22, 17, 22, 10, 17, 22, 12, 14, 17, 22, 50, 10, 17, 12};

    @Inject
    private En3sReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer year = parseYear(request.getParameter("annee"));
        if (year == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<En3sReportRow> batch;
        try {
            batch = reports.after(year, null, BATCH);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String fileName = Messages.text("control.en3s.fileName", year.toString());
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try (OutputStream out = response.getOutputStream()) {
            Sheet sheet = new Sheet(workbook, Messages.text("control.en3s.sheet", year.toString()));
            while (!batch.isEmpty()) {
                batch.forEach(sheet::add);
                batch = batch.size() < BATCH ? List.of() : reports.after(year, batch.get(batch.size() - 1), BATCH);
            }
            sheet.finish();
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    static Integer parseYear(String value) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.strip());
            return year >= En3sReportBacking.FIRST_YEAR && year <= En3sReportBacking.LAST_YEAR ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One sheet: a bold frozen header row with an autofilter, real Excel dates. */
    private static final class Sheet {
        private final SXSSFSheet sheet;
        private final CellStyle dateTime;
        private final CellStyle date;
        private final String yes = Messages.text("common.yes");
        private final String no = Messages.text("common.no");
        private final Map<ProcessStatus, String> answers = new EnumMap<>(ProcessStatus.class);
        private int next;

        Sheet(SXSSFWorkbook workbook, String name) {
            sheet = workbook.createSheet(name);
            for (ProcessStatus status : ProcessStatus.values()) {
                answers.put(status, Messages.text("control.en3s.answer." + status.name()));
            }
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row row = sheet.createRow(next++);
            for (int i = 0; i < COLUMNS.length; i++) {
                row.createCell(i).setCellValue(Messages.text("control.en3s.column." + COLUMNS[i]));
                row.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        void add(En3sReportRow r) {
            Row row = sheet.createRow(next++);
            text(row, 0, r.reference());
            text(row, 1, r.title());
            text(row, 2, r.organisationName());
            text(row, 3, r.qualificationLevel());
            dateTime(row, 4, r.createdAt());
            text(row, 5, r.createdBy());
            text(row, 6, r.launched() ? yes : no);
            dateTime(row, 7, r.submittedAt());
            text(row, 8, r.submittedBy());
            date(row, 9, r.dueDate());
            text(row, 10, r.answer() == null ? null : answers.get(r.answer()));
            dateTime(row, 11, r.answeredAt());
            text(row, 12, r.answeredBy());
            text(row, 13, r.comment());
            text(row, 14, r.published() ? yes : no);
            dateTime(row, 15, r.firstPublishedAt());
            text(row, 16, r.publishedWithoutValidation() ? yes : no);
        }

        void finish() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, COLUMNS.length - 1));
        }

        private static void text(Row row, int column, String value) {
            if (value != null) {
                row.createCell(column).setCellValue(value);
            }
        }

        private void dateTime(Row row, int column, Instant value) {
            if (value != null) {
                row.createCell(column).setCellValue(LocalDateTime.ofInstant(value, ClockProducer.PARIS));
                row.getCell(column).setCellStyle(dateTime);
            }
        }

        private void date(Row row, int column, LocalDate value) {
            if (value != null) {
                row.createCell(column).setCellValue(value);
                row.getCell(column).setCellStyle(date);
            }
        }
    }
}
