package be.interfederal.cycle.models.audit;

import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One migration run as the audit keeps it: who, when, which versions to which, the instances handed to the batch. */
@Entity
@Table(name = "model_migration")
public class MigrationRecord {

  /** A process instance the migration moved. */
  @Embeddable
  public record Instance(@Column(name = "process_instance_id") String processInstanceId,
      @Column(name = "business_key") String businessKey) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_definition_key")
  private String processDefinitionKey;

  /** The source versions, comma-separated ("1,2"). */
  @Column(name = "from_versions")
  private String fromVersions;

  @Column(name = "to_version")
  private int toVersion;

  @Column(name = "batch_id")
  private String batchId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "model_migration_instance", joinColumns = @JoinColumn(name = "migration_id"))
  private List<Instance> instances = new ArrayList<>();

  @Embedded
  private Recorded recorded;

  protected MigrationRecord() {}

  public MigrationRecord(String processDefinitionKey, List<Integer> fromVersions, int toVersion, String batchId,
      List<Instance> instances, String by) {
    this.processDefinitionKey = processDefinitionKey;
    this.fromVersions = String.join(",", fromVersions.stream().map(String::valueOf).toList());
    this.toVersion = toVersion;
    this.batchId = batchId;
    this.instances = new ArrayList<>(instances);
    this.recorded = Recorded.by(by);
  }

  public Long getId() { return id; }
  public String getProcessDefinitionKey() { return processDefinitionKey; }
  public List<Integer> getFromVersions() {
    return fromVersions.isEmpty() ? List.of() : java.util.Arrays.stream(fromVersions.split(",")).map(Integer::valueOf).toList();
  }
  public int getToVersion() { return toVersion; }
  public String getBatchId() { return batchId; }
  public List<Instance> getInstances() { return List.copyOf(instances); }
  public Recorded getRecorded() { return recorded; }
}
