package fr.bde.candidate.domain;

import fr.bde.security.domain.AppUser;
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

/** A single-use link mailed to a candidate; the secret itself is never stored, only its hash. */
@Entity
@Table(name = "account_token")
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** For {@link TokenPurpose#EMAIL_CHANGE}: the address to switch to once confirmed. */
    @Column(name = "new_email", length = EmailLogin.MAX)
    private String newEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected AccountToken() {
    }

    public AccountToken(AppUser user, TokenPurpose purpose, String tokenHash, String newEmail, Instant now) {
        this.user = user;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public TokenState state(Instant now) {
        if (usedAt != null) {
            return TokenState.USED;
        }
        if (voidedAt != null) {
            return TokenState.REPLACED;
        }
        return now.isBefore(expiresAt) ? TokenState.VALID : TokenState.EXPIRED;
    }

    /** Consumes the link; refused unless it is still valid. */
    public void use(Instant now) {
        if (state(now) != TokenState.VALID) {
            throw new IllegalStateException("token " + id + " is " + state(now));
        }
        usedAt = now;
    }

    /** A newer link (or a change it guarded) makes this one useless. */
    public void voidAt(Instant now) {
        if (usedAt == null && voidedAt == null) {
            voidedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public AppUser getUser() {
        return user;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
