package io.chorus.app.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

/** A person who logs in to Chorus, with the roles that decide what they see and may do. */
@Entity
@Table(name = "chorus_user")
public class UserAccount {

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "email", length = 320)
  private String email;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "chorus_user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role_name", length = 32)
  private Set<String> roles = new LinkedHashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected UserAccount() {}

  public UserAccount(
      String username, String passwordHash, String displayName, String email, Set<String> roles) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.email = email;
    this.roles.addAll(roles);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
