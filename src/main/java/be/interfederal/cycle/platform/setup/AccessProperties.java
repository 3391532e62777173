package be.interfederal.cycle.platform.setup;

import be.interfederal.cycle.directory.GroupRole;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what beyond working their own tasks.
 *
 * @param startableProcesses process keys that cycle starters may start from Tasklist or the REST API
 * @param cycleStarterRoles the roles whose groups may start them
 * @param watcherRoles the roles that read every cycle in Cockpit
 */
@ConfigurationProperties("interfederal.access")
public record AccessProperties(List<String> startableProcesses, Set<GroupRole> cycleStarterRoles, Set<GroupRole> watcherRoles) {

  public AccessProperties {
    startableProcesses = startableProcesses == null ? List.of() : startableProcesses;
    cycleStarterRoles = cycleStarterRoles == null ? Set.of() : cycleStarterRoles;
    watcherRoles = watcherRoles == null ? Set.of(GroupRole.COORDINATOR) : watcherRoles;
  }
}
