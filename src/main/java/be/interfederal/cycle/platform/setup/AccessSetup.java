package be.interfederal.cycle.platform.setup;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import be.interfederal.cycle.directory.DirectoryGroup;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.platform.setup.TasklistFilters.SeededFilter;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every directory group what its role needs, on top of what the engine grants by itself (a candidate group
 * may read and work its tasks; the camunda-admin group may do everything, deploying included):
 *
 * <ul>
 *   <li>every group: Tasklist, its filters, and the models (read only);
 *   <li>starters: start the processes configured for their role ({@code interfederal.access.starter-roles});
 *   <li>watchers (coordinators): Cockpit, and read every cycle, task and its history — but change nothing.
 * </ul>
 */
@Service
public class AccessSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);
  private static final String ANY = "*";
  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";

  private final DirectoryGroupRepository groups;
  private final TasklistFilters filters;
  private final Grants grants;
  private final AccessProperties properties;

  public AccessSetup(DirectoryGroupRepository groups, TasklistFilters filters, Grants grants, AccessProperties properties) {
    this.groups = groups;
    this.filters = filters;
    this.grants = grants;
    this.properties = properties;
  }

  @Transactional
  public int apply() {
    Map<SeededFilter, String> filterIds = filters.ensureFilters();
    int written = 0;
    for (DirectoryGroup group : groups.findAll()) {
      String id = group.getId();
      written += count(grants.grant(id, APPLICATION, TASKLIST, ACCESS));
      written += count(grants.grant(id, PROCESS_DEFINITION, ANY, READ));
      for (SeededFilter filter : new SeededFilter[] {SeededFilter.MY_TASKS, SeededFilter.MY_GROUP_TASKS, SeededFilter.OVERDUE}) {
        written += count(grants.grant(id, FILTER, filterIds.get(filter), READ));
      }
      Set<String> startable = properties.startableBy(group.getRole());
      for (String processKey : startable) {
        written += count(grants.grant(id, PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE));
      }
      if (!startable.isEmpty()) {
        written += count(grants.grant(id, PROCESS_INSTANCE, ANY, CREATE));
      }
      if (properties.watcherRoles().contains(group.getRole())) {
        written += grantWatcher(id, filterIds.get(SeededFilter.ALL_CYCLE_TASKS));
      }
    }
    LOG.info("Access set up: {} authorizations written", written);
    return written;
  }

  private int grantWatcher(String id, String allTasksFilter) {
    return count(grants.grant(id, APPLICATION, COCKPIT, ACCESS))
        + count(grants.grant(id, FILTER, allTasksFilter, READ))
        + count(grants.grant(id, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK))
        + count(grants.grant(id, PROCESS_INSTANCE, ANY, READ))
        + count(grants.grant(id, TASK, ANY, READ))
        + count(grants.grant(id, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ))
        + count(grants.grant(id, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ))
        + count(grants.grant(id, DEPLOYMENT, ANY, READ))
        + count(grants.grant(id, DECISION_DEFINITION, ANY, READ, Permissions.READ_HISTORY));
  }

  private static int count(boolean written) {
    return written ? 1 : 0;
  }
}
