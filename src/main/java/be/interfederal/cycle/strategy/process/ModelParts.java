package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What several documents show alike: group names, the objectives, the strategy's texts; and small model helpers. */
@Component
public record ModelParts(Cycles cycles, DirectoryGroupRepository groups) {

  public String groupName(String groupId, String language) {
    return groups.findById(groupId).map(g -> g.getName().in(language)).orElse(groupId);
  }

  /** The strategic objectives with their specific objectives, in one language. */
  public List<Map<String, Object>> objectives(Cycle cycle, String language) {
    return cycles.objectives(cycle.getBusinessKey()).stream().map(o -> map(
        "number", Integer.toString(o.getNumber()), "title", o.getTitle().in(language),
        "specificObjectives", o.getSpecificObjectives().stream()
            .map(s -> map("code", s.getCode(), "title", s.getTitle().in(language))).toList())).toList();
  }

  /** Vision, mission and scope in one language. */
  public void putTexts(Cycle cycle, String language, Map<String, Object> model) {
    model.put("vision", text(cycle.getVision(), language));
    model.put("mission", text(cycle.getMission(), language));
    model.put("scope", text(cycle.getScope(), language));
  }

  private static String text(LocalizedText text, String language) {
    return text == null ? "" : text.in(language);
  }

  /** One of three texts by language; Dutch for any other. */
  public static String in(String language, String nl, String fr, String en) {
    return switch (language) {
      case "fr" -> fr;
      case "en" -> en;
      default -> nl;
    };
  }

  /** A date written out in the language, as the documents print dates ("2 maart 2026"). */
  public static String date(LocalDate date, String language) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale(language)));
  }

  /** The locale a document in this language is written in. */
  public static Locale locale(String language) {
    return Locale.forLanguageTag(in(language, "nl-BE", "fr-BE", "en-GB"));
  }

  /** An ordered map from alternating keys and values. */
  public static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
