package be.interfederal.cycle.models;

import be.interfederal.cycle.platform.web.ApiUser;
import org.camunda.bpm.engine.authorization.Groups;

/** Deploying, checking and migrating models is for members of camunda-admin only. */
public final class Administrators {

  private Administrators() {}

  /** @throws AdminApiException 403 for anyone else */
  public static void require(ApiUser user) {
    if (user == null || !user.groupIds().contains(Groups.CAMUNDA_ADMIN)) {
      throw AdminApiException.forbidden();
    }
  }
}
