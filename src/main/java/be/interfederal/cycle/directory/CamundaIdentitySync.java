package be.interfederal.cycle.directory;

import be.interfederal.cycle.directory.Directory.GroupData;
import be.interfederal.cycle.directory.Directory.UserData;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Mirrors the directory into Camunda identity: groups (type WORKFLOW), users and memberships. It only writes what
 * differs, and only touches the groups and users that the directory owns.
 */
@Component
class CamundaIdentitySync {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  CamundaIdentitySync(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** Returns the number of Camunda identity writes (0 when everything already matched). */
  int sync(Directory directory, Set<String> previousGroups, Set<String> previousUsers, String newUserPassword) {
    int writes = 0;
    for (GroupData data : directory.groups()) {
      Group group = identityService.createGroupQuery().groupId(data.id()).singleResult();
      String name = data.name().bilingual();
      if (group == null) {
        group = identityService.newGroup(data.id());
      } else if (Objects.equals(group.getName(), name) && Groups.GROUP_TYPE_WORKFLOW.equals(group.getType())) {
        continue;
      }
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
      writes++;
    }
    Set<String> groupIds = directory.groups().stream().map(GroupData::id).collect(Collectors.toSet());
    Set<String> userIds = directory.users().stream().map(UserData::id).collect(Collectors.toSet());

    for (String removed : minus(previousUsers, userIds)) {
      deleteAuthorizations(authorizationService.createAuthorizationQuery().userIdIn(removed).list());
      identityService.deleteUser(removed);
      writes++;
    }
    for (String removed : minus(previousGroups, groupIds)) {
      deleteAuthorizations(authorizationService.createAuthorizationQuery().groupIdIn(removed).list());
      identityService.deleteGroup(removed);
      writes++;
    }

    for (UserData data : directory.users()) {
      writes += syncUser(data, groupIds, newUserPassword);
    }
    return writes;
  }

  private int syncUser(UserData data, Set<String> directoryGroups, String newUserPassword) {
    int writes = 0;
    User user = identityService.createUserQuery().userId(data.id()).singleResult();
    if (user == null) {
      user = identityService.newUser(data.id());
      user.setPassword(newUserPassword);
      apply(user, data);
      identityService.saveUser(user);
      writes++;
    } else if (!Objects.equals(user.getFirstName(), data.firstName())
        || !Objects.equals(user.getLastName(), data.lastName())
        || !Objects.equals(user.getEmail(), data.email())) {
      // An existing user keeps their password: it may have been changed since the first load.
      apply(user, data);
      identityService.saveUser(user);
      writes++;
    }
    Set<String> current = identityService.createGroupQuery().groupMember(data.id()).list().stream()
        .map(Group::getId)
        .filter(directoryGroups::contains)
        .collect(Collectors.toSet());
    for (String group : minus(data.groups(), current)) {
      identityService.createMembership(data.id(), group);
      writes++;
    }
    for (String group : minus(current, data.groups())) {
      identityService.deleteMembership(data.id(), group);
      writes++;
    }
    return writes;
  }

  private static void apply(User user, UserData data) {
    user.setFirstName(data.firstName());
    user.setLastName(data.lastName());
    user.setEmail(data.email());
  }

  private void deleteAuthorizations(Collection<Authorization> authorizations) {
    authorizations.forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }

  private static Set<String> minus(Collection<String> a, Collection<String> b) {
    Set<String> result = new HashSet<>(a);
    result.removeAll(b);
    return result;
  }
}
