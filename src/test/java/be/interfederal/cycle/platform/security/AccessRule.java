package be.interfederal.cycle.platform.security;

import be.interfederal.cycle.directory.GroupRole;
import java.util.Map;
import java.util.Set;

/**
 * The rule the application means to hold, written out on its own (not read from the authorizations it checks):
 *
 * <ul>
 *   <li>a task is read, claimed and completed by members of its candidate groups; camunda-admin does everything;
 *   <li>coordinators read every task and every cycle's history and variables, and work none;
 *   <li>anyone else reads at most the history of the tasks they were a candidate of, and the variables those
 *       tasks' forms show (the task's scope and the scopes around it) — never another group's;
 *   <li>a cycle's documents are downloaded by the groups that had a task in it, coordinators and camunda-admin.
 * </ul>
 */
final class AccessRule {

  static final String ADMIN_GROUP = "camunda-admin";
  static final GroupRole WATCHER = GroupRole.COORDINATOR;

  private final Map<String, GroupRole> roles;

  /** @param roles every directory group's role */
  AccessRule(Map<String, GroupRole> roles) {
    this.roles = Map.copyOf(roles);
  }

  boolean isAdmin(Member member) {
    return member.groups().contains(ADMIN_GROUP);
  }

  boolean isWatcher(Member member) {
    return member.groups().stream().anyMatch(group -> roles.get(group) == WATCHER);
  }

  boolean mayRead(Member member, CycleFacts.OpenTask task) {
    return isAdmin(member) || isWatcher(member) || member.inAny(task.candidates());
  }

  /** Claim and complete. */
  boolean mayWork(Member member, CycleFacts.OpenTask task) {
    return isAdmin(member) || member.inAny(task.candidates());
  }

  boolean mayDownload(Member member, Set<String> participants) {
    return isAdmin(member) || isWatcher(member) || member.inAny(participants);
  }

  /** Whether every row of the history and variable endpoints is to be seen (not only those of one's own tasks). */
  boolean readsAllHistory(Member member) {
    return isAdmin(member) || isWatcher(member);
  }
}
