package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.directory.DirectoryFileReader;
import be.interfederal.cycle.directory.DirectoryGroup;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.GroupRole;
import be.interfederal.cycle.directory.Minister;
import be.interfederal.cycle.directory.MinisterRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who takes part, read from the directory at the moment a phase starts: the models route to
 * {@code ${routing.consultedGroups()}} etc. instead of listing groups, so editing the directory changes the
 * routing of every phase that starts afterwards.
 */
@Component("routing")
public record Routing(DirectoryGroupRepository groups, MinisterRepository ministers) {

  /**
   * The data providers that contribute to the situation analysis themselves; those whose data reach the cycle through
   * the Reitox focal point (Sciensano) are part of its contribution.
   */
  public List<String> dataProviders() {
    return groups.findByRole(GroupRole.DATA_PROVIDER).stream().filter(g -> g.getDeliversVia() == null)
        .map(DirectoryGroup::getId).sorted().toList();
  }

  /** Every competent minister's cabinet and administration, in the order of the endorsement list. */
  public List<String> consultedGroups() {
    List<String> consulted = new ArrayList<>();
    for (Minister minister : ministers.findAllByOrderByEndorsementOrderAsc()) {
      consulted.add(DirectoryFileReader.cabinetGroupId(minister.getId()));
      consulted.add(DirectoryFileReader.administrationGroupId(minister.getId()));
    }
    return consulted;
  }

  /** The competent ministers who take a position at the TMD, in the order of the endorsement list. */
  public List<String> endorsingMinisters() {
    return ministers.findAllByOrderByEndorsementOrderAsc().stream().map(Minister::getId).toList();
  }

  public String cabinetOf(String ministerId) {
    return DirectoryFileReader.cabinetGroupId(ministerId);
  }

  public String ministerName(String ministerId) {
    return ministers.findById(ministerId).map(Minister::getFullName)
        .orElseThrow(() -> new IllegalStateException("Minister " + ministerId + " is not in the directory"));
  }

  /** A group's display name in Dutch and French. */
  public String groupName(String groupId) {
    return groups.findById(groupId).map(g -> g.getName().bilingual()).orElse(groupId);
  }
}
