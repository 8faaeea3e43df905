package fr.bde.talentpool.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document sent by the candidate (CV or other), downloadable from the profile. */
@Entity
@Table(name = "sar_profile_document")
public class ProfileDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sar_profile_document_seq")
    @SequenceGenerator(name = "sar_profile_document_seq", sequenceName = "sar_profile_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private TalentProfile profile;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProfileDocument() {
    }

    public ProfileDocument(TalentProfile profile, DocumentKind kind, String fileName, String contentType, byte[] content,
                           Instant uploadedAt) {
        this.profile = profile;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public TalentProfile getProfile() {
        return profile;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
