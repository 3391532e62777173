package be.interfederal.cycle.documents;

import java.util.Set;

/**
 * Which groups take part in a cycle: their members may read its documents. The cycle capability knows this and
 * provides the implementation; without one, only the configured reader groups and roles read documents.
 */
public interface CycleParticipants {

  /** Whether a cycle with this business key exists (running or finished). */
  boolean exists(String businessKey);

  /** The ids of the Camunda groups taking part in the cycle; empty for an unknown cycle. */
  Set<String> groupIds(String businessKey);
}
