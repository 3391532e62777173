package be.interfederal.cycle.strategy.approval;

/**
 * What a TMD approval (the reusable tmd-approval process) decides on; policy-cycle passes it as
 * {@code approvalSubject}, and the meeting is recorded under it.
 */
public enum ApprovalSubject { strategy }
