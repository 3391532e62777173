package be.interfederal.cycle.support;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** Finds demo users by the group they belong to, so tests follow the demo directory rather than copy its names. */
public final class TestUsers {

  public static final String DEMO_PASSWORD = "demo";

  private TestUsers() {}

  public static String memberOf(IdentityService identityService, String groupId) {
    List<User> users = identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list();
    if (users.isEmpty()) {
      throw new IllegalStateException("The demo directory has no member of group " + groupId);
    }
    return users.get(0).getId();
  }

  public static List<String> groupsOf(IdentityService identityService, String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** Runs the code as the user, with the user's groups, as the webapps and the REST API do. */
  public static <T> T as(IdentityService identityService, String userId, java.util.function.Supplier<T> code) {
    identityService.setAuthentication(userId, groupsOf(identityService, userId));
    try {
      return code.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
