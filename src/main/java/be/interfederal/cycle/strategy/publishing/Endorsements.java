package be.interfederal.cycle.strategy.publishing;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.directory.Minister;
import be.interfederal.cycle.directory.MinisterRepository;
import be.interfederal.cycle.strategy.approval.ApprovalRecords;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.approval.MinisterPosition;
import be.interfederal.cycle.strategy.approval.TmdMeeting;
import be.interfederal.cycle.strategy.domain.Cycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The ministers who endorsed the strategy at the meeting that approved it, in the order of the endorsement list. */
@Component
record Endorsements(ApprovalRecords approvals, MinisterRepository ministers) {

  List<Map<String, Object>> of(Cycle cycle, String language) {
    TmdMeeting meeting = approvals.currentMeeting(cycle.getBusinessKey(), ApprovalSubject.strategy);
    Map<String, MinisterPosition> byMinister = approvals.ministerPositions(meeting.getId()).stream()
        .collect(Collectors.toMap(MinisterPosition::getMinisterId, Function.identity()));
    List<Map<String, Object>> list = new ArrayList<>();
    for (Minister m : ministers.findAllByOrderByEndorsementOrderAsc()) {
      MinisterPosition p = byMinister.get(m.getId());
      if (p != null && p.getEndorsement() != MinisterPosition.Endorsement.notEndorse) {
        list.add(map("salutation", m.getSalutation() == null ? "" : m.getSalutation().in(language),
            "name", m.getFullName(),
            "portfolio", m.getMandates().stream().map(x -> x.getPortfolio().in(language)).collect(Collectors.joining("; "))));
      }
    }
    return list;
  }
}
