package fr.bde.security.domain;

import fr.bde.organisation.domain.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person who logs in. Recruiters belong to exactly one organisation. */
@Entity
@Table(name = "app_user")
public class AppUser {

    public static final int LOGIN_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "login", nullable = false, unique = true, length = LOGIN_MAX)
    private String login;

    /** bcrypt, modular crypt format ($2a$…), checked by the Elytron JDBC realm. */
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
    }

    public AppUser(String login, String passwordHash, String displayName, String email,
                   Organisation organisation, Set<Role> roles, Instant createdAt) {
        this.login = login;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.organisation = organisation;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    /** For accounts whose login is their e-mail address (candidates): both change together. */
    public void changeLoginAndEmail(String address) {
        this.login = address;
        this.email = address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUser other && Objects.equals(login, other.login);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(login);
    }
}
