package fr.openmap.access;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** Someone who may sign in as the organizer: a user name and the bcrypt hash of their password. */
@Entity
@Table(name = "organizer_accounts")
public class OrganizerAccount extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String username;
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Optional<OrganizerAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
