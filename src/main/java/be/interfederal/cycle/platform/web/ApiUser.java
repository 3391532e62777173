package be.interfederal.cycle.platform.web;

import java.util.Set;

/** The Camunda user a request to /api runs for, and their groups; set by {@link ApiAuthenticationFilter}. */
public record ApiUser(String userId, Set<String> groupIds) {

  /** The request attribute that holds the authenticated user. */
  public static final String ATTRIBUTE = "be.interfederal.cycle.documents.ApiUser";

  public ApiUser {
    groupIds = Set.copyOf(groupIds);
  }
}
