package be.interfederal.cycle.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The interfederal directory after reading and validation: what gets loaded into the application's tables and
 * into Camunda identity. Cabinet and administration groups are derived from the ministers.
 */
public record Directory(
    List<GovernmentData> governments,
    List<MinisterData> ministers,
    List<GroupData> groups,
    List<UserData> users) {

  public record GovernmentData(String id, GovernmentKind kind, LocalizedText name, LocalizedText shortName) {}

  public record MinisterData(
      String id,
      LocalizedText salutation,
      String firstName,
      String lastName,
      Integer endorsementOrder,
      List<MandateData> mandates) {

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  public record MandateData(String governmentId, LocalizedText portfolio) {}

  public record GroupData(
      String id,
      GroupRole role,
      LocalizedText name,
      LocalizedText description,
      String ministerId,
      String governmentId,
      Set<String> dataDomains,
      boolean reitoxFocalPoint,
      String deliversVia) {}

  public record UserData(
      String id, String firstName, String lastName, String email, String language, Set<String> groups) {}

  public Optional<GroupData> group(String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  public List<GroupData> groupsWithRole(GroupRole role) {
    return groups.stream().filter(g -> g.role() == role).toList();
  }
}
