package be.interfederal.cycle.platform.security;

import java.util.Set;

/**
 * The user a row of the matrix is about: one member of a directory group (or the administrator), all their groups,
 * and the kind of the group the row stands for (its directory role, or ADMIN for camunda-admin).
 */
record Member(String userId, String password, String groupId, String kind, Set<String> groups) {

  Member {
    groups = Set.copyOf(groups);
  }

  boolean inAny(Set<String> groupIds) {
    return groupIds.stream().anyMatch(groups::contains);
  }

  @Override
  public String toString() {
    return userId + " (" + kind + " " + groupId + ")";
  }
}
