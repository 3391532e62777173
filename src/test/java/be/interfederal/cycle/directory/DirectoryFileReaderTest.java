package be.interfederal.cycle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

class DirectoryFileReaderTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private final DirectoryFileReader reader = new DirectoryFileReader(VALIDATION.getValidator());

  private static final String VALID = """
      governments:
        - id: federal
          kind: FEDERAL
          name: {nl: Federale regering, fr: Gouvernement fédéral, en: Federal Government}
        - id: ggc
          kind: COMMUNITY_COMMISSION
          name: {nl: Gemeenschappelijke Gemeenschapscommissie, fr: Commission communautaire commune}
      ministers:
        - id: vandenbroucke
          firstName: Frank
          lastName: Vandenbroucke
          endorsementOrder: 4
          mandates:
            - government: federal
              portfolio: {nl: Volksgezondheid, fr: Santé publique}
        - id: laaouej
          firstName: Ahmed
          lastName: Laaouej
          endorsementOrder: 23
          mandates:
            - government: federal
              portfolio: {nl: Iets, fr: Quelque chose}
            - government: ggc
              portfolio: {nl: Gezondheid en Welzijn, fr: Santé et Action sociale}
      groups:
        - id: gdpcSecretariat
          role: GDPC_SECRETARIAT
          name: {nl: ACD – secretariaat, fr: CGPD – secrétariat}
        - id: sciensano
          role: DATA_PROVIDER
          name: {nl: Sciensano, fr: Sciensano}
          dataDomains: [treatmentDemand]
          reitoxFocalPoint: true
      """;

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  @Test
  void readsGovernmentsMinistersWithSeveralMandatesAndDerivesTheirGroups() {
    Directory directory = reader.read(file("ok.yaml", VALID), null);

    assertThat(directory.governments()).extracting(Directory.GovernmentData::id).containsExactly("federal", "ggc");
    assertThat(directory.ministers()).filteredOn(m -> m.id().equals("laaouej")).singleElement()
        .satisfies(m -> assertThat(m.mandates()).extracting(Directory.MandateData::governmentId).containsExactly("federal", "ggc"));
    Map<String, Directory.GroupData> groups = directory.groups().stream()
        .collect(Collectors.toMap(Directory.GroupData::id, Function.identity()));
    assertThat(groups).containsKeys("cabinetVandenbroucke", "administrationVandenbroucke", "cabinetLaaouej",
        "administrationLaaouej", "gdpcSecretariat", "sciensano");
    assertThat(groups.get("cabinetLaaouej").role()).isEqualTo(GroupRole.CABINET);
    assertThat(groups.get("cabinetLaaouej").name().getNl()).isEqualTo("Kabinet Ahmed Laaouej");
    assertThat(groups.get("administrationVandenbroucke").ministerId()).isEqualTo("vandenbroucke");
    assertThat(groups.get("sciensano").reitoxFocalPoint()).isTrue();
    assertThat(groups.get("sciensano").dataDomains()).containsExactly("treatmentDemand");
  }

  @Test
  void anUnknownGovernmentNamesTheFileTheMinisterAndTheGovernment() {
    String bad = VALID.replace("- government: ggc", "- government: cocom");

    assertThatThrownBy(() -> reader.read(file("unknown-government.yaml", bad), null))
        .isInstanceOf(DirectoryException.class)
        .hasMessageContaining("unknown-government.yaml")
        .hasMessageContaining("ministers 'laaouej'")
        .hasMessageContaining("'cocom' is not a known government");
  }

  @Test
  void aDuplicateIdIsRefused() {
    String bad = VALID.replace("- id: sciensano", "- id: gdpcSecretariat");

    assertThatThrownBy(() -> reader.read(file("duplicate.yaml", bad), null))
        .isInstanceOf(DirectoryException.class)
        .hasMessageContaining("duplicate.yaml")
        .hasMessageContaining("groups 'gdpcSecretariat': duplicate id 'gdpcSecretariat'");
  }

  @Test
  void aGroupIdThatClashesWithADerivedCabinetGroupIsRefused() {
    String bad = VALID.replace("- id: sciensano", "- id: cabinetVandenbroucke");

    assertThatThrownBy(() -> reader.read(file("clash.yaml", bad), null))
        .hasMessageContaining("duplicate id 'cabinetVandenbroucke'");
  }

  @Test
  void aMinisterWithoutMandateIsRefused() {
    String bad = VALID.replaceFirst(
        "mandates:\\n\\s+- government: federal\\n\\s+portfolio: \\{nl: Volksgezondheid, fr: Santé publique\\}", "mandates: []");
    assertThat(bad).isNotEqualTo(VALID);

    assertThatThrownBy(() -> reader.read(file("no-mandate.yaml", bad), null))
        .isInstanceOf(DirectoryException.class)
        .hasMessageContaining("no-mandate.yaml")
        .hasMessageContaining("ministers #1 'vandenbroucke'")
        .hasMessageContaining("a minister needs at least one mandate");
  }

  @Test
  void anIdWithCharactersCamundaRefusesIsReported() {
    String bad = VALID.replace("- id: gdpcSecretariat", "- id: gdpc-secretariat");

    assertThatThrownBy(() -> reader.read(file("bad-id.yaml", bad), null))
        .hasMessageContaining("groups #1 'gdpc-secretariat'")
        .hasMessageContaining("must contain letters and digits only");
  }

  @Test
  void aMisspelledKeyIsReportedWithItsLine() {
    String bad = VALID.replace("endorsementOrder: 23", "endorsmentOrder: 23");

    assertThatThrownBy(() -> reader.read(file("typo.yaml", bad), null))
        .isInstanceOf(DirectoryException.class)
        .hasMessageContaining("typo.yaml")
        .hasMessageContaining("line 25")
        .hasMessageContaining("ministers[1].endorsmentOrder");
  }

  @Test
  void malformedYamlIsReported() {
    assertThatThrownBy(() -> reader.read(file("broken.yaml", "governments: [\n  - id: federal\n"), null))
        .isInstanceOf(DirectoryException.class)
        .hasMessageContaining("broken.yaml")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void aDemoUserInAnUnknownGroupIsRefused() {
    String users = """
        users:
          - id: anPeeters
            firstName: An
            lastName: Peeters
            language: nl
            groups: [cabinetVandenbroucke, cabinetNobody]
        """;

    assertThatThrownBy(() -> reader.read(file("ok.yaml", VALID), file("users.yaml", users)))
        .hasMessageContaining("users.yaml")
        .hasMessageContaining("users 'anPeeters': group 'cabinetNobody' is not in the directory");
  }

  @Test
  void theShippedDirectoryHoldsTheEightGovernmentsAndTheTwentySixEndorsingMinisters() {
    Directory directory = reader.read(new ClassPathResource("directory/interfederal-directory.yaml"),
        new ClassPathResource("directory/demo-users.yaml"));

    assertThat(directory.governments()).extracting(Directory.GovernmentData::id).containsExactlyInAnyOrder(
        "federal", "flemish", "walloon", "frenchCommunity", "brusselsCapital", "ggc", "cocof", "germanSpeaking");
    assertThat(directory.ministers()).hasSize(26);
    assertThat(directory.ministers()).extracting(Directory.MinisterData::endorsementOrder)
        .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
    // Every government has at least one minister holding a mandate in it.
    assertThat(directory.governments()).allSatisfy(g -> assertThat(directory.ministers())
        .anySatisfy(m -> assertThat(m.mandates()).extracting(Directory.MandateData::governmentId).contains(g.id())));
    assertThat(directory.groupsWithRole(GroupRole.CABINET)).hasSize(26);
    assertThat(directory.groupsWithRole(GroupRole.ADMINISTRATION)).hasSize(26);
    assertThat(directory.groupsWithRole(GroupRole.DATA_PROVIDER)).extracting(Directory.GroupData::id)
        .contains("sciensano", "vad", "eurotox", "djsoc", "nicc", "fagg", "customs");
    // DJSOC, NICC, FAGG and Customs deliver through Sciensano, the Reitox focal point; BELSPO funds research
    assertThat(directory.groupsWithRole(GroupRole.DATA_PROVIDER)).filteredOn(g -> g.deliversVia() != null)
        .extracting(Directory.GroupData::id).containsExactlyInAnyOrder("djsoc", "nicc", "fagg", "customs")
        .allSatisfy(id -> assertThat(directory.groupsWithRole(GroupRole.DATA_PROVIDER)).anySatisfy(g -> {
          assertThat(g.id()).isEqualTo(id);
          assertThat(g.deliversVia()).isEqualTo("sciensano");
        }));
    assertThat(directory.groupsWithRole(GroupRole.RESEARCH_FUNDER)).extracting(Directory.GroupData::id).containsExactly("belspo");
    assertThat(directory.groupsWithRole(GroupRole.DATA_PROVIDER)).filteredOn(Directory.GroupData::reitoxFocalPoint)
        .extracting(Directory.GroupData::id).containsExactly("sciensano");
    for (GroupRole role : GroupRole.values()) {
      assertThat(directory.groupsWithRole(role)).as("groups with role %s", role).isNotEmpty();
    }
    // Every group has at least one demo member.
    assertThat(directory.groups()).allSatisfy(g -> assertThat(directory.users())
        .as("demo members of %s", g.id()).anySatisfy(u -> assertThat(u.groups()).contains(g.id())));
  }

  private static Resource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8), name) {
      @Override
      public String getDescription() {
        return name;
      }
    };
  }
}
