package be.interfederal.cycle.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Fills the matrix one user at a time: for every open task (list, read, claim, complete), every document list and
 * document (download) and every history and variable endpoint, what the rule expects against what the user gets.
 * Keeps every disagreement, and per group kind how many permissions its users actually have.
 */
final class SecurityMatrix {

  static final List<String> ACTIONS = java.util.stream.Stream.concat(
      java.util.stream.Stream.of("list", "read", "claim", "complete", "doc-list", "download"),
      java.util.Arrays.stream(HistoryEndpoint.values()).map(HistoryEndpoint::column)).toList();

  private final CycleFacts facts;
  private final AccessRule rule;
  private final RestProbe probe;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Map<String, Integer>> granted = new TreeMap<>();
  private final Map<String, Integer> users = new TreeMap<>();
  private int cells;

  SecurityMatrix(CycleFacts facts, AccessRule rule, RestProbe probe) {
    this.facts = facts;
    this.rule = rule;
    this.probe = probe;
  }

  void check(Member member) {
    users.merge(member.kind(), 1, Integer::sum);
    Set<String> listed = probe.taskList(member, facts.businessKeys);
    for (CycleFacts.OpenTask task : facts.openTasks) {
      boolean read = rule.mayRead(member, task);
      boolean work = rule.mayWork(member, task);
      cell(member, task.label(), "list", read, listed.contains(task.id()));
      cell(member, task.label(), "read", read, probe.getTask(member, task.id()));
      cell(member, task.label(), "claim", work, probe.claim(member, task.id()));
      cell(member, task.label(), "complete", work, probe.mayComplete(member, task.id()));
    }
    for (String key : facts.businessKeys) {
      cell(member, "documents of " + key, "doc-list", rule.mayDownload(member, facts.participants.get(key)),
          probe.listDocuments(member, key));
    }
    for (CycleFacts.Document document : facts.documents) {
      cell(member, document.label(), "download", rule.mayDownload(member, facts.participants.get(document.businessKey())),
          probe.download(member, document.id()));
    }
    for (HistoryEndpoint endpoint : HistoryEndpoint.values()) {
      history(member, endpoint);
    }
  }

  /**
   * One endpoint, one cell: a coordinator or administrator must get every row; anyone else no row outside their
   * own tasks (seeing fewer, or none, is allowed: the rule does not require anyone else to read history).
   */
  private void history(Member member, HistoryEndpoint endpoint) {
    cells++;
    List<Row> actual = probe.rows(member, endpoint, facts);
    count(member, endpoint.column(), actual.size());
    if (rule.readsAllHistory(member)) {
      Set<String> seen = actual.stream().map(Row::id).collect(Collectors.toSet());
      List<Row> missing = facts.rows.get(endpoint).stream().filter(row -> !seen.contains(row.id())).toList();
      if (!missing.isEmpty()) {
        findings.add(new Finding(member, endpoint.label() + " — " + missing.size() + " of " + facts.rows.get(endpoint).size()
            + " rows not answered, e.g. " + examples(missing), "read", "MISSING"));
      }
      return;
    }
    Set<String> own = facts.tasksOf(member.groups());
    Set<String> scopes = facts.scopesOf(own);
    List<Row> beyond = actual.stream().filter(row -> !CycleFacts.within(row, own, scopes)).toList();
    if (!beyond.isEmpty()) {
      findings.add(new Finding(member, endpoint.label() + " — " + beyond.size() + " rows outside the user's own tasks, e.g. "
          + examples(beyond), "read", "UNEXPECTED"));
    }
  }

  private void cell(Member member, String resource, String action, boolean expected, boolean actual) {
    cells++;
    if (actual) {
      count(member, action, 1);
    }
    if (expected != actual) {
      findings.add(Finding.of(member, resource, action, expected, actual));
    }
  }

  private void count(Member member, String action, int n) {
    granted.computeIfAbsent(member.kind(), kind -> new LinkedHashMap<>()).merge(action, n, Integer::sum);
  }

  private String examples(List<Row> rows) {
    return rows.stream().limit(3).map(facts::describe).collect(Collectors.joining(", "));
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  int cells() {
    return cells;
  }

  /**
   * Per group kind: its users, how many task and document permissions they actually hold and how many history and
   * variable rows they are answered (summed over its users).
   */
  String summary() {
    StringBuilder out = new StringBuilder(String.format("%-21s %5s", "group kind", "users"));
    ACTIONS.forEach(action -> out.append(String.format(" %9s", action)));
    out.append('\n');
    users.forEach((kind, n) -> {
      out.append(String.format("%-21s %5d", kind, n));
      ACTIONS.forEach(action -> out.append(String.format(" %9d", granted.getOrDefault(kind, Map.of()).getOrDefault(action, 0))));
      out.append('\n');
    });
    return out.toString();
  }
}
