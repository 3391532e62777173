package be.interfederal.cycle.models.audit;

import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One deployment as the audit keeps it: who, when, what (resources with checksums, the process versions created). */
@Entity
@Table(name = "model_deployment")
public class DeploymentRecord {

  /** A deployed file and the SHA-256 of its bytes. */
  @Embeddable
  public record Resource(@Column(name = "name") String name, @Column(name = "sha256") String sha256) {}

  /** A process version the deployment created. */
  @Embeddable
  public record Process(@Column(name = "process_key") String key, @Column(name = "version") int version) {}

  @Id
  @Column(name = "deployment_id")
  private String deploymentId;

  private String name;

  private String source;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "model_deployment_resource", joinColumns = @JoinColumn(name = "deployment_id"))
  @OrderBy("name")
  private List<Resource> resources = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "model_deployment_process", joinColumns = @JoinColumn(name = "deployment_id"))
  @OrderBy("key")
  private List<Process> processes = new ArrayList<>();

  @Embedded
  private Recorded recorded;

  protected DeploymentRecord() {}

  public DeploymentRecord(String deploymentId, String name, String source, List<Resource> resources,
      List<Process> processes, String by) {
    this.deploymentId = deploymentId;
    this.name = name;
    this.source = source;
    this.resources = new ArrayList<>(resources);
    this.processes = new ArrayList<>(processes);
    this.recorded = Recorded.by(by);
  }

  public String getDeploymentId() { return deploymentId; }
  public String getName() { return name; }
  public String getSource() { return source; }
  public List<Resource> getResources() { return List.copyOf(resources); }
  public List<Process> getProcesses() { return List.copyOf(processes); }
  public Recorded getRecorded() { return recorded; }
}
