package fr.bde.web.mobility;

import fr.bde.common.AccessDeniedException;
import fr.bde.mobility.domain.WishKind;
import fr.bde.mobility.service.MobilityPoolService;
import fr.bde.mobility.service.PoolCriteria;
import fr.bde.mobility.service.WishDetail;
import fr.bde.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The pool search's results as an .xlsx ({@code /mobilite/viviers.xlsx?...} with the screen's
 * criteria), streamed: read by batches in wish id order (keyset), SXSSF keeps a window of rows in
 * memory. The service applies the caller's scope and logs each exported wish for its owner.
 */
@WebServlet("/mobilite/viviers.xlsx")
public class PoolExportServlet extends HttpServlet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int WINDOW = 200;
    static final int BATCH = 500;
    static final String[] COLUMNS = {"kind", "lastName", "firstName", "email", "phone", "organisation", "branch",
        "scheme", "currentJob", "currentLevel", "diplomas", "trainings", "jobsHeld", "targetJobs", "wantedBranches",
        "wantedSchemes", "wantedRegions", "wantedDepartements", "availableFrom", "updatedAt"};

    @Inject
    private MobilityPoolService pools;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PoolCriteria criteria;
        try {
            criteria = criteria(request);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<WishDetail> batch;
        try {
            batch = pools.exportBatch(criteria, 0, BATCH);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + Messages.text("mobility.export.fileName") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try (OutputStream out = response.getOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet(Messages.text("mobility.export.sheet"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                head.createCell(i).setCellValue(Messages.text("mobility.export.column." + COLUMNS[i]));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            int next = 1;
            while (!batch.isEmpty()) {
                for (WishDetail w : batch) {
                    write(sheet.createRow(next++), w, date);
                }
                batch = batch.size() < BATCH ? List.of() : pools.exportBatch(criteria, batch.get(batch.size() - 1).id(), BATCH);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, COLUMNS.length - 1));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, WishDetail w, CellStyle date) {
        String[] values = {Messages.text("WishKind." + w.kind().name()), w.lastName(), w.firstName(), w.email(), w.phone(),
            w.organisationName(), w.branchName(), w.schemeName(), w.currentJob(), w.currentLevel(),
            String.join(" ; ", w.diplomas().stream().map(d -> d.level() + " — " + d.title() + " (" + d.year() + ")").toList()),
            w.trainings(), w.jobsHeld(), w.targetJobs(), String.join(", ", w.wantedBranches()),
            String.join(", ", w.wantedSchemes()), String.join(", ", w.wantedRegions()),
            String.join(", ", w.wantedDepartements())};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        row.createCell(values.length).setCellValue(w.availableFrom());
        row.getCell(values.length).setCellStyle(date);
        row.createCell(values.length + 1).setCellValue(LocalDateTime.ofInstant(w.updatedAt(), fr.bde.common.ClockProducer.PARIS));
        row.getCell(values.length + 1).setCellStyle(date);
    }

    static PoolCriteria criteria(HttpServletRequest request) {
        PoolCriteria criteria = new PoolCriteria();
        String kind = request.getParameter("nature");
        criteria.setKind(kind == null || kind.isBlank() ? null : WishKind.valueOf(kind));
        criteria.setDiplomaLevel(bounded(request.getParameter("niveau")));
        criteria.setDiplomaKeywords(bounded(request.getParameter("diplome")));
        criteria.setJobKeywords(bounded(request.getParameter("metier")));
        criteria.setWantedBranch(bounded(request.getParameter("branche")));
        criteria.setWantedScheme(bounded(request.getParameter("regime")));
        criteria.setWantedRegion(bounded(request.getParameter("region")));
        criteria.setWantedDepartement(bounded(request.getParameter("departement")));
        String available = request.getParameter("disponible");
        criteria.setAvailableBy(available == null || available.isBlank() ? null : LocalDate.parse(available));
        return criteria;
    }

    private static String bounded(String value) {
        if (value != null && value.length() > PoolCriteria.KEYWORDS_MAX) {
            throw new IllegalArgumentException("criterion too long");
        }
        return value;
    }
}
