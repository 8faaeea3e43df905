package fr.bde.approval.service;

/**
 * The totals line of the EN3S control report for one period, counted the way the rows read: the
 * answer is the one of each offer's latest process (cancelled ones aside).
 */
public record En3sReportTotals(long offers, long launched, long validated, long refused, long pending, long published,
                               long publishedWithoutValidation) {

    public static final En3sReportTotals NONE = new En3sReportTotals(0, 0, 0, 0, 0, 0, 0);
}
