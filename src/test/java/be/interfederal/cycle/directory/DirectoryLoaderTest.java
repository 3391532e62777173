package be.interfederal.cycle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.DirectoryUserRepository;
import be.interfederal.cycle.directory.GovernmentRepository;
import be.interfederal.cycle.directory.MinisterRepository;
import be.interfederal.cycle.support.ApplicationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;

@ApplicationTest
class DirectoryLoaderTest {

  @Autowired DirectoryLoader loader;
  @Autowired DirectoryFileReader reader;
  @Autowired DirectoryProperties properties;
  @Autowired CamundaIdentitySync identitySync;
  @Autowired GovernmentRepository governments;
  @Autowired MinisterRepository ministers;
  @Autowired DirectoryGroupRepository groups;
  @Autowired DirectoryUserRepository users;
  @Autowired IdentityService identityService;

  @TempDir Path dir;

  @AfterEach
  void restoreShippedDirectory() {
    loader.load();
  }

  @Test
  void loadingTwiceChangesNothing() {
    Snapshot before = snapshot();

    DirectoryLoader.LoadReport report = loader.load();

    assertThat(report.identityWrites()).isZero();
    assertThat(snapshot()).isEqualTo(before);
    assertThat(report.ministers()).isEqualTo(26);
    assertThat(before.camundaGroups()).contains("cabinetVandenbroucke", "administrationVandenbroucke", "gdpcChair",
        "sciensano", "coordinators");
    assertThat(identityService.createGroupQuery().groupId("cabinetLaaouej").singleResult().getType())
        .isEqualTo(Groups.GROUP_TYPE_WORKFLOW);
  }

  @Test
  void anEditedFileChangesJustWhatWasEdited() throws Exception {
    Snapshot before = snapshot();
    String directory = new ClassPathResource("directory/interfederal-directory.yaml").getContentAsString(StandardCharsets.UTF_8);
    String demoUsers = new ClassPathResource("directory/demo-users.yaml").getContentAsString(StandardCharsets.UTF_8);
    // The edit: the BELSPO group is renamed, and the first demo user of VAD moves to Eurotox.
    Group belspo = identityService.createGroupQuery().groupId("belspo").singleResult();
    String vadMember = identityService.createUserQuery().memberOfGroup("vad").orderByUserId().asc().list().get(0).getId();
    String newName = "Federaal Wetenschapsbeleid (hernoemd)";
    String edited = directory.replace("nl: \"Federaal Wetenschapsbeleid (BELSPO)\"", "nl: \"" + newName + "\"");
    assertThat(edited).as("the test's edit applies to the shipped file").isNotEqualTo(directory);
    String editedUsers = moveUser(demoUsers, vadMember, "vad", "eurotox");

    Directory read = reader.read(write("directory.yaml", edited), write("users.yaml", editedUsers));
    DirectoryLoader.LoadReport report = loader.load(read);

    assertThat(identityService.createGroupQuery().groupId("belspo").singleResult().getName()).startsWith(newName);
    assertThat(groups.findById("belspo").orElseThrow().getName().getNl()).isEqualTo(newName);
    assertThat(identityService.createGroupQuery().groupMember(vadMember).list()).extracting(Group::getId)
        .contains("eurotox").doesNotContain("vad");
    // One group rename, one membership added, one removed: nothing else was written.
    assertThat(report.identityWrites()).isEqualTo(3);
    Snapshot after = snapshot();
    assertThat(after.camundaGroups()).isEqualTo(before.camundaGroups());
    assertThat(after.camundaUsers()).isEqualTo(before.camundaUsers());
    assertThat(after.governments()).isEqualTo(before.governments());
    assertThat(belspo.getName()).isNotEqualTo(newName);
  }

  @Test
  void aRemovedMinisterTakesTheirGroupsAlong() throws Exception {
    Directory shipped = reader.read(properties.location(), new ClassPathResource("directory/demo-users.yaml"));
    Directory without = new Directory(shipped.governments(),
        shipped.ministers().stream().filter(m -> !m.id().equals("klinkenberg")).toList(),
        shipped.groups().stream().filter(g -> !"klinkenberg".equals(g.ministerId())).toList(),
        shipped.users().stream().filter(u -> u.groups().stream().noneMatch(g -> g.endsWith("Klinkenberg"))).toList());

    loader.load(without);

    assertThat(ministers.findById("klinkenberg")).isEmpty();
    assertThat(groups.findById("cabinetKlinkenberg")).isEmpty();
    assertThat(identityService.createGroupQuery().groupId("cabinetKlinkenberg").count()).isZero();
    assertThat(identityService.createGroupQuery().groupId("administrationKlinkenberg").count()).isZero();
    assertThat(ministers.count()).isEqualTo(25);
  }

  @Test
  void anInvalidFileLoadsNothing() throws Exception {
    Snapshot before = snapshot();
    String directory = new ClassPathResource("directory/interfederal-directory.yaml").getContentAsString(StandardCharsets.UTF_8);
    String broken = directory.replaceFirst("government: flemish", "government: flanders");
    DirectoryLoader brokenLoader = new DirectoryLoader(reader,
        new DirectoryProperties(write("broken.yaml", broken), properties.demoUsers(), properties.demoPassword()),
        governments, ministers, groups, users, identitySync, new DefaultResourceLoader());

    assertThatThrownBy(brokenLoader::load)
        .isInstanceOf(DirectoryException.class)
        .hasMessageContaining("broken.yaml")
        .hasMessageContaining("'flanders' is not a known government");
    assertThat(snapshot()).isEqualTo(before);
  }

  private String moveUser(String usersYaml, String userId, String from, String to) {
    int start = usersYaml.indexOf("id: " + userId);
    int groupsAt = usersYaml.indexOf("groups:", start);
    int lineEnd = usersYaml.indexOf('\n', groupsAt);
    String line = usersYaml.substring(groupsAt, lineEnd);
    return usersYaml.substring(0, groupsAt) + line.replace(from, to) + usersYaml.substring(lineEnd);
  }

  private FileSystemResource write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return new FileSystemResource(file);
  }

  record Snapshot(Set<String> governments, Set<String> ministers, Set<String> groups, Set<String> users,
      Set<String> camundaGroups, Set<String> camundaGroupDetails, Set<String> camundaUsers, Set<String> memberships) {}

  private Snapshot snapshot() {
    List<User> camundaUsers = identityService.createUserQuery().list();
    Set<String> memberships = new TreeSet<>();
    for (User user : camundaUsers) {
      identityService.createGroupQuery().groupMember(user.getId()).list()
          .forEach(g -> memberships.add(user.getId() + ">" + g.getId()));
    }
    return new Snapshot(
        governments.findAll().stream().map(g -> g.getId() + g.getName() + g.getKind()).collect(Collectors.toCollection(TreeSet::new)),
        ministers.findAll().stream().map(m -> m.getId() + m.getFullName() + m.getMandates().size()).collect(Collectors.toCollection(TreeSet::new)),
        groups.findAll().stream().map(g -> g.getId() + g.getRole() + g.getName()).collect(Collectors.toCollection(TreeSet::new)),
        users.findAll().stream().map(u -> u.getId() + u.getGroups()).collect(Collectors.toCollection(TreeSet::new)),
        identityService.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toCollection(TreeSet::new)),
        identityService.createGroupQuery().list().stream().map(g -> g.getId() + ":" + g.getName() + ":" + g.getType())
            .collect(Collectors.toCollection(TreeSet::new)),
        camundaUsers.stream().map(User::getId).collect(Collectors.toCollection(TreeSet::new)),
        memberships);
  }
}
