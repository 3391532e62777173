package be.interfederal.cycle.directory;

/** What a group does in the cycle; the role decides its Tasklist/Cockpit access and the tasks routed to it. */
public enum GroupRole {
  CABINET,
  ADMINISTRATION,
  GDPC_CHAIR,
  GDPC_DEPUTY_CHAIR,
  GDPC_SECRETARIAT,
  TMD_SECRETARIAT,
  ADVISORY_PANEL,
  NATIONAL_DRUGS_OFFICE,
  DATA_PROVIDER,
  /** Funds research and the evaluations of the policy (BELSPO); files no indicators of its own. */
  RESEARCH_FUNDER,
  COORDINATOR
}
