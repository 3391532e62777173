package be.interfederal.cycle.strategy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A group that has been given a task in a cycle: it may read the cycle's documents. */
@Entity
@Table(name = "cycle_participant")
@IdClass(CycleParticipant.Key.class)
public class CycleParticipant {

  /** The composite key. */
  public static class Key implements Serializable {
    private String cycleKey;
    private String groupId;

    public Key() {}

    public Key(String cycleKey, String groupId) {
      this.cycleKey = cycleKey;
      this.groupId = groupId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(cycleKey, k.cycleKey) && Objects.equals(groupId, k.groupId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(cycleKey, groupId);
    }
  }

  @Id
  @Column(name = "cycle_key")
  private String cycleKey;

  @Id
  @Column(name = "group_id")
  private String groupId;

  protected CycleParticipant() {}

  public CycleParticipant(String cycleKey, String groupId) {
    this.cycleKey = cycleKey;
    this.groupId = groupId;
  }

  public String getGroupId() { return groupId; }
}
