package be.interfederal.cycle.models.migration;

import be.interfederal.cycle.models.Administrators;
import be.interfederal.cycle.platform.web.ApiUser;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/migrations}: check (dry run) or migrate the running instances of a process. JSON only, so that
 * a form on another site cannot post it with an administrator's session.
 */
@RestController
class MigrationController {

  private final Migrations migrations;
  private final IdentityService identity;

  MigrationController(Migrations migrations, IdentityService identity) {
    this.migrations = migrations;
    this.identity = identity;
  }

  @PostMapping(path = "/api/admin/migrations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<MigrationReport> migrate(@RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user,
      @RequestBody MigrationRequest request) {
    Administrators.require(user);
    // the engine's operation log and the batch name the administrator, as for a migration through /engine-rest
    identity.setAuthentication(user.userId(), List.copyOf(user.groupIds()));
    MigrationReport report;
    try {
      report = migrations.run(request, user.userId());
    } finally {
      identity.clearAuthentication();
    }
    return ResponseEntity.status(!report.dryRun() && report.refused() ? HttpStatus.CONFLICT : HttpStatus.OK).body(report);
  }
}
