package be.interfederal.cycle.strategy.domain;

import be.interfederal.cycle.directory.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A strategic objective of a cycle's strategy, with its specific objectives (e.g. 3.10 after 3.9). */
@Entity
@Table(name = "cycle_objective")
public class CycleObjective extends PartOfCycle {

  @Column(nullable = false)
  private int number;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl", nullable = false)),
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private LocalizedText title;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cycle_specific_objective", joinColumns = @JoinColumn(name = "objective_id"))
  @OrderColumn(name = "position")
  private List<Specific> specificObjectives = new ArrayList<>();

  protected CycleObjective() {}

  public CycleObjective(String cycleKey, int number, LocalizedText title, List<Specific> specifics) {
    super(cycleKey);
    this.number = number;
    this.title = title;
    this.specificObjectives.addAll(specifics);
  }

  /** The secretariat's redraft: a new title and a new list of specific objectives (which replaces the old one). */
  public void revise(LocalizedText newTitle, List<Specific> specifics) {
    title = newTitle;
    specificObjectives.clear();
    specificObjectives.addAll(specifics);
  }

  public int getNumber() { return number; }
  public LocalizedText getTitle() { return title; }
  public List<Specific> getSpecificObjectives() { return List.copyOf(specificObjectives); }

  /** A specific objective: its code ("3.10") and title. */
  @Embeddable
  public static class Specific {
    @Column(nullable = false)
    private String code;

    @Embedded
    @AttributeOverrides({
      @AttributeOverride(name = "nl", column = @Column(name = "title_nl", nullable = false, length = 2000)),
      @AttributeOverride(name = "fr", column = @Column(name = "title_fr", nullable = false, length = 2000)),
      @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 2000))
    })
    private LocalizedText title;

    protected Specific() {}

    public Specific(String code, LocalizedText title) {
      this.code = code;
      this.title = title;
    }

    public String getCode() { return code; }
    public LocalizedText getTitle() { return title; }
  }
}
