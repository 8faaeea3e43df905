package fr.bde.export.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An Excel extract produced by a batch job for one organisation; the file lives in the database. */
@Entity
@Table(name = "export_file")
public class ExportFile {

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_file_seq")
    @SequenceGenerator(name = "export_file_seq", sequenceName = "export_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.RUNNING;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "content")
    private byte[] content;

    @Column(name = "row_count")
    private Long rowCount;

    @Column(name = "total_rows")
    private Long totalRows;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected ExportFile() {
    }

    public ExportFile(Long organisationId, String requestedBy, String fileName, long totalRows, Instant now) {
        this.organisationId = organisationId;
        this.requestedBy = requestedBy;
        this.fileName = fileName;
        this.totalRows = totalRows;
        this.rowCount = 0L;
        this.createdAt = now;
    }

    public void started(long jobExecutionId) {
        this.jobExecutionId = jobExecutionId;
    }

    public void progress(long rows) {
        this.rowCount = rows;
    }

    public void complete(byte[] content, long rows, Instant now) {
        this.content = content;
        this.rowCount = rows;
        this.status = Status.COMPLETED;
        this.completedAt = now;
    }

    public void fail(Instant now) {
        this.status = Status.FAILED;
        this.completedAt = now;
    }

    /** 0–100, for the progress bar. */
    public int percent() {
        if (status == Status.COMPLETED) {
            return 100;
        }
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        return (int) Math.min(99, rowCount * 100 / totalRows);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public Status getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content;
    }

    public Long getRowCount() {
        return rowCount;
    }

    public Long getTotalRows() {
        return totalRows;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
