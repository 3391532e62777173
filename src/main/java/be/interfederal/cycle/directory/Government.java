package be.interfederal.cycle.directory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A government or college with competence for drugs policy (federal, a community, a region, a commission). */
@Entity
@Table(name = "government")
public class Government {

  @Id
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GovernmentKind kind;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "name_nl", nullable = false)),
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private LocalizedText name;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "short_name_nl")),
    @AttributeOverride(name = "fr", column = @Column(name = "short_name_fr")),
    @AttributeOverride(name = "en", column = @Column(name = "short_name_en"))
  })
  private LocalizedText shortName;

  protected Government() {}

  public Government(String id) {
    this.id = id;
  }

  void apply(Directory.GovernmentData data) {
    kind = data.kind();
    name = data.name();
    shortName = data.shortName();
  }

  public String getId() {
    return id;
  }

  public GovernmentKind getKind() {
    return kind;
  }

  public LocalizedText getName() {
    return name;
  }

  public LocalizedText getShortName() {
    return shortName;
  }
}
