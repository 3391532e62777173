package be.interfederal.cycle.documents;

import be.interfederal.cycle.platform.web.ApiUser;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Who reads a cycle's documents: members of the reader groups (camunda-admin), of any group whose directory role is
 * a reader role (coordinators), and of every group taking part in that cycle. Nobody else, whatever else they may
 * do in Tasklist.
 */
public class DocumentAccessPolicy {

  private final Set<String> readerGroups;
  private final Supplier<Set<String>> readerRoleGroups;
  private final Supplier<CycleParticipants> participants;
  private final Predicate<String> hasDocuments;

  /**
   * @param readerGroups groups whose members read every cycle's documents
   * @param readerRoleGroups the groups (looked up when asked) whose role lets them read every cycle's documents
   * @param participants the cycle capability's participants, or null while there is none
   * @param hasDocuments whether documents are stored for a business key
   */
  public DocumentAccessPolicy(Set<String> readerGroups, Supplier<Set<String>> readerRoleGroups,
      Supplier<CycleParticipants> participants, Predicate<String> hasDocuments) {
    this.readerGroups = Set.copyOf(readerGroups);
    this.readerRoleGroups = readerRoleGroups;
    this.participants = participants;
    this.hasDocuments = hasDocuments;
  }

  /** A cycle is known when the cycle capability knows it, or when documents were stored for it. */
  public boolean cycleExists(String businessKey) {
    CycleParticipants cycles = participants.get();
    return (cycles != null && cycles.exists(businessKey)) || hasDocuments.test(businessKey);
  }

  public boolean mayRead(ApiUser user, String businessKey) {
    if (user.groupIds().stream().anyMatch(readerGroups::contains)) {
      return true;
    }
    Set<String> roleGroups = readerRoleGroups.get();
    if (user.groupIds().stream().anyMatch(roleGroups::contains)) {
      return true;
    }
    CycleParticipants cycles = participants.get();
    if (cycles == null) {
      return false;
    }
    Set<String> taking = cycles.groupIds(businessKey);
    return user.groupIds().stream().anyMatch(taking::contains);
  }
}
