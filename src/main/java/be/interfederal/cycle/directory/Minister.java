package be.interfederal.cycle.directory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A competent minister; one minister can hold several mandates (e.g. Brussels-Capital and GGC). */
@Entity
@Table(name = "minister")
public class Minister {

  @Id
  private String id;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "salutation_nl")),
    @AttributeOverride(name = "fr", column = @Column(name = "salutation_fr")),
    @AttributeOverride(name = "en", column = @Column(name = "salutation_en"))
  })
  private LocalizedText salutation;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "endorsement_order")
  private Integer endorsementOrder;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mandate", joinColumns = @JoinColumn(name = "minister_id"))
  @OrderColumn(name = "position")
  private List<Mandate> mandates = new ArrayList<>();

  protected Minister() {}

  public Minister(String id) {
    this.id = id;
  }

  void apply(Directory.MinisterData data) {
    salutation = data.salutation();
    firstName = data.firstName();
    lastName = data.lastName();
    endorsementOrder = data.endorsementOrder();
    List<Mandate> wanted = data.mandates().stream().map(m -> new Mandate(m.governmentId(), m.portfolio())).toList();
    // Replacing an equal collection would make Hibernate rewrite its rows: only touch it on a real edit.
    if (!mandates.equals(wanted)) {
      mandates.clear();
      mandates.addAll(wanted);
    }
  }

  public String getId() {
    return id;
  }

  public LocalizedText getSalutation() {
    return salutation;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public Integer getEndorsementOrder() {
    return endorsementOrder;
  }

  public List<Mandate> getMandates() {
    return List.copyOf(mandates);
  }
}
