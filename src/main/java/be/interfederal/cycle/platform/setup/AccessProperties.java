package be.interfederal.cycle.platform.setup;

import be.interfederal.cycle.directory.GroupRole;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what beyond working their own tasks.
 *
 * @param starterRoles per process key, the roles whose groups may start it from Tasklist or the REST API
 *     ({@code policy-cycle}: the GDPC and TMD secretariats; {@code early-warning}: the data providers and the GDPC
 *     secretariat)
 * @param watcherRoles the roles that read every cycle in Cockpit
 */
@ConfigurationProperties("interfederal.access")
public record AccessProperties(Map<String, Set<GroupRole>> starterRoles, Set<GroupRole> watcherRoles) {

  public AccessProperties {
    starterRoles = starterRoles == null ? Map.of() : Map.copyOf(starterRoles);
    watcherRoles = watcherRoles == null ? Set.of(GroupRole.COORDINATOR) : watcherRoles;
  }

  /** The processes a group of this role may start. */
  public Set<String> startableBy(GroupRole role) {
    Set<String> keys = new java.util.TreeSet<>();
    starterRoles.forEach((key, roles) -> {
      if (roles.contains(role)) {
        keys.add(key);
      }
    });
    return keys;
  }
}
