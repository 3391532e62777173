package be.interfederal.cycle.directory;

/** The kinds of entity that share competence for drugs policy under the Belgian state reform. */
public enum GovernmentKind {
  FEDERAL,
  COMMUNITY,
  REGION,
  COMMUNITY_AND_REGION,
  COMMUNITY_COMMISSION
}
