package fr.bde.candidate.domain;

import fr.bde.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * The candidate side of an {@link AppUser} with role CANDIDATE: names, consent, and whether the
 * address was validated (the login realm refuses the account until it is).
 */
@Entity
@Table(name = "candidate_account")
public class CandidateAccount {

    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = 20;
    /** At most one "you already have an account" message per quarter of an hour. */
    static final Duration NOTICE_INTERVAL = Duration.ofMinutes(15);

    @Id
    @Column(name = "user_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "privacy_consent_at", nullable = false)
    private Instant privacyConsentAt;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @Column(name = "notice_sent_at")
    private Instant noticeSentAt;

    /** Last successful login; with the validation date, what the inactivity rule counts from. */
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** When the "account about to be deleted for inactivity" mail was queued; a login clears it. */
    @Column(name = "inactivity_warned_at")
    private Instant inactivityWarnedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CandidateAccount() {
    }

    public CandidateAccount(AppUser user, String firstName, String lastName, Instant privacyConsentAt) {
        this.user = user;
        this.firstName = firstName;
        this.lastName = lastName;
        this.privacyConsentAt = privacyConsentAt;
    }

    public boolean isValidated() {
        return validatedAt != null;
    }

    /** The owner proved they read the mailbox: the account may log in from now on. */
    public void validate(Instant now) {
        if (validatedAt == null) {
            validatedAt = now;
        }
    }

    public void rename(String firstName, String lastName, String phone) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.phone = phone;
    }

    /** True (and remembered) when an "account exists" notice may be mailed now. */
    public boolean claimNotice(Instant now) {
        if (noticeSentAt != null && noticeSentAt.plus(NOTICE_INTERVAL).isAfter(now)) {
            return false;
        }
        noticeSentAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public AppUser getUser() {
        return user;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getPrivacyConsentAt() {
        return privacyConsentAt;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getInactivityWarnedAt() {
        return inactivityWarnedAt;
    }

    public void warnInactivity(Instant now) {
        inactivityWarnedAt = now;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
