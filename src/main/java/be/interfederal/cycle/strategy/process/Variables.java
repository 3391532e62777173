package be.interfederal.cycle.strategy.process;

/**
 * The process variables that the models and the Java side share, named once. Form field keys live with the
 * listener that reads them ({@link FormFields}); the contract test checks both against {@code bpmn/} and
 * {@code forms/}.
 */
public final class Variables {

  private Variables() {}

  /** Given when a cycle starts (the start form) and passed to every phase. */
  public static final String TITLE = "title";
  public static final String CYCLE_TITLE = "cycleTitle";
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  public static final String PREDECESSOR_KEY = "predecessorKey";
  /** The phase's display name, passed by policy-cycle into each phase; a Tasklist column. */
  public static final String PHASE_NAME = "phaseName";
  /** A task variable holding the cycle's business key, for the forms' document links. */
  public static final String CYCLE_KEY = "cycleKey";

  /** Situation analysis: the data provider of one contribution (multi-instance element). */
  public static final String DATA_PROVIDER = "dataProvider";
  /** Advisory panel: the strategic objective of one recommendation (multi-instance element). */
  public static final String OBJECTIVE_NUMBER = "objectiveNumber";

  /** Drafting: the round's number, set by openDraftingRound. */
  public static final String ROUND_NUMBER = "roundNumber";
  /** Consultation: the group asked for its position (multi-instance element). */
  public static final String CONSULTED_GROUP = "consultedGroup";
  /** Consultation: when positions are due, set from the draft's due date. */
  public static final String POSITION_DUE_DATE = "positionDueDate";
  /** Consultation: the round's objections, set by synthesizePositions; any objection opens a new round. */
  public static final String OBJECTION_COUNT = "objectionCount";

  /** Approval: what the TMD decides on ({@link be.interfederal.cycle.strategy.approval.ApprovalSubject}). */
  public static final String APPROVAL_SUBJECT = "approvalSubject";
  /** CNDC action plan: when the plan is due (set when the phase starts, moved on when it is sent back). */
  public static final String CNDC_PLAN_DUE = "cndcPlanDue";

  /** Interfederal action plan: when the proposals are due. */
  public static final String ACTION_PLAN_DUE = "actionPlanDue";
  /** Interfederal action plan: the cabinet or administration proposing actions (multi-instance element). */
  public static final String PROPOSING_GROUP = "proposingGroup";

  /** M&E strategy: the data provider (or the focal point it delivers via) confirming its indicators (multi-instance element). */
  public static final String CONFIRMING_GROUP = "confirmingGroup";

  /** Evaluation: which one ({@link be.interfederal.cycle.strategy.evaluation.EvaluationKind}), passed in by policy-cycle. */
  public static final String EVALUATION_KIND = "evaluationKind";

  /** Early warning: its number in its cycle, set when the signal is recorded (the notice carries it). */
  public static final String WARNING_NUMBER = "warningNumber";
  /** Early warning: the cabinets, administrations (and CNDC, DJSOC) informed, set by the risk assessment. */
  public static final String CONCERNED_GROUPS = "concernedGroups";
  /** Early warning: one informed group (multi-instance element). */
  public static final String CONCERNED_GROUP = "concernedGroup";
  /** Early warning: when the informed groups' answers are due, set by the risk assessment from its level. */
  public static final String RESPONSE_DUE = "responseDue";

  /** Next cycle: the business key of the cycle this one was followed by. */
  public static final String NEXT_CYCLE_KEY = "nextCycleKey";

  /** Approval: the TMD's decision (a form field of tmd-decision, passed out to policy-cycle's gateway). */
  public static final String TMD_DECISION = "tmdDecision";
  /** Approval: the TMD's remarks, passed on to the next drafting round when it sends the draft back. */
  public static final String TMD_REMARKS = "tmdRemarks";
  /** Approval: the minister whose cabinet records a position (multi-instance element). */
  public static final String MINISTER_ID = "ministerId";

  /** Monitoring: policy-cycle's next round (planMonitoringRound): whether there is one, its year and when it starts. */
  public static final String MONITORING_ROUND_PLANNED = "monitoringRoundPlanned";
  public static final String MONITORING_YEAR = "monitoringYear";
  public static final String MONITORING_ROUND_DUE = "monitoringRoundDue";
  /** Monitoring: who delivers indicator values and who reports progress (set by openMonitoringRound). */
  public static final String REPORTING_PROVIDERS = "reportingProviders";
  public static final String REPORTING_PROVIDER = "reportingProvider";
  public static final String ACTION_OWNERS = "actionOwners";
  public static final String ACTION_OWNER = "actionOwner";
  /** Monitoring: when the values and progress reports are due; what is not in by then is consolidated without. */
  public static final String MONITORING_REPORTS_DUE = "monitoringReportsDue";
  /** Monitoring: the secretariat proposes an amendment of the action plan; the chair validates or sends back. */
  public static final String AMENDMENT_PROPOSED = "amendmentProposed";
  public static final String MONITORING_VALIDATION = "monitoringValidation";
  /** Action plan: the plan is amended (after a monitoring round) rather than drawn up: no new proposals are asked. */
  public static final String ACTION_PLAN_AMENDMENT = "actionPlanAmendment";

  /** Early warning: the gateways' decisions, written by their listeners as the checked values (never the raw input). */
  public static final String RISK_LEVEL = "riskLevel";
  public static final String COMMUNICATION_DECISION = "communicationDecision";
  public static final String NOTIFY_EU = "notifyEu";
}
