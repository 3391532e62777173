package be.interfederal.cycle.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person loaded from a users file (the demo users in the default profile). Kept so that a later load knows which
 * Camunda users and memberships it owns: users created by hand in Camunda Admin are never touched.
 */
@Entity
@Table(name = "directory_user")
public class DirectoryUser {

  @Id
  private String id;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  private String email;

  @Column(nullable = false)
  private String language;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "directory_membership", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "group_id", nullable = false)
  private Set<String> groups = new TreeSet<>();

  protected DirectoryUser() {}

  public DirectoryUser(String id) {
    this.id = id;
  }

  void apply(Directory.UserData data) {
    firstName = data.firstName();
    lastName = data.lastName();
    email = data.email();
    language = data.language();
    if (!groups.equals(data.groups())) {
      groups.clear();
      groups.addAll(data.groups());
    }
  }

  public String getId() {
    return id;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  public Set<String> getGroups() {
    return Set.copyOf(groups);
  }
}
