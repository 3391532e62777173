package be.interfederal.cycle.directory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;

/** A group of the directory; its id is also the Camunda group id that tasks are routed to. */
@Entity
@Table(name = "directory_group")
public class DirectoryGroup {

  @Id
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GroupRole role;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "name_nl", nullable = false)),
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private LocalizedText name;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "description_nl", length = 2000)),
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr", length = 2000)),
    @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 2000))
  })
  private LocalizedText description;

  @Column(name = "minister_id")
  private String ministerId;

  @Column(name = "government_id")
  private String governmentId;

  @Column(name = "reitox_focal_point", nullable = false)
  private boolean reitoxFocalPoint;

  /** The Reitox focal point this provider's data reaches the cycle through (seed 001: DJSOC, NICC, FAGG, Customs). */
  @Column(name = "delivers_via")
  private String deliversVia;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "directory_group_data_domain", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "data_domain", nullable = false)
  private Set<String> dataDomains = new TreeSet<>();

  protected DirectoryGroup() {}

  public DirectoryGroup(String id) {
    this.id = id;
  }

  void apply(Directory.GroupData data) {
    role = data.role();
    name = data.name();
    description = data.description();
    ministerId = data.ministerId();
    governmentId = data.governmentId();
    reitoxFocalPoint = data.reitoxFocalPoint();
    deliversVia = data.deliversVia();
    if (!dataDomains.equals(data.dataDomains())) {
      dataDomains.clear();
      dataDomains.addAll(data.dataDomains());
    }
  }

  public String getId() {
    return id;
  }

  public GroupRole getRole() {
    return role;
  }

  public LocalizedText getName() {
    return name;
  }

  public LocalizedText getDescription() {
    return description;
  }

  public String getMinisterId() {
    return ministerId;
  }

  public String getGovernmentId() {
    return governmentId;
  }

  public boolean isReitoxFocalPoint() {
    return reitoxFocalPoint;
  }

  public String getDeliversVia() {
    return deliversVia;
  }

  public Set<String> getDataDomains() {
    return Set.copyOf(dataDomains);
  }
}
