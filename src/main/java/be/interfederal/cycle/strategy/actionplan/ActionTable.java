package be.interfederal.cycle.strategy.actionplan;

import static be.interfederal.cycle.strategy.process.ModelParts.in;
import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.directory.GovernmentRepository;
import be.interfederal.cycle.directory.MinisterRepository;
import be.interfederal.cycle.strategy.domain.StrategyReference;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An action plan's actions as the documents show them: by specific objective, in one language. */
@Component
public record ActionTable(GovernmentRepository governments, MinisterRepository ministers, StrategyReference reference) {

  public void put(List<PlanAction> actions, String language, Map<String, Object> model) {
    model.put("actions", actions.stream()
        .sorted(Comparator.comparing((PlanAction a) -> a.getObjectives().stream().sorted(ActionTable::byCode).findFirst()
            .orElse("")).thenComparing(PlanAction::getPosition, Comparator.naturalOrder()))
        .map(a -> row(a, language)).toList());
    model.put("actionCount", Integer.toString(actions.size()));
    model.put("totalBudget", euro(actions.stream().map(PlanAction::getBudget).filter(b -> b != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add), language));
  }

  private Map<String, Object> row(PlanAction a, String language) {
    String lead = governments.findById(a.getLeadGovernment()).map(g -> g.getName().in(language)).orElse(a.getLeadGovernment());
    if (a.getLeadMinister() != null) {
      lead = ministers.findById(a.getLeadMinister()).map(m -> m.getFullName()).orElse(a.getLeadMinister()) + " (" + lead + ")";
    }
    return map("objectives", String.join(", ", a.getObjectives().stream().sorted(ActionTable::byCode).toList()),
        "title", a.getTitle().in(language), "lead", lead, "partners", a.getPartners() == null ? "" : a.getPartners(),
        "start", a.getStart(), "end", a.getEnd(),
        "budget", a.getBudget() == null ? "–" : euro(a.getBudget(), language),
        "pillar", label(reference.lists().pillars(), a.getPillar(), language),
        "scopeCategory", label(reference.lists().scopeCategories(), a.getScopeCategory(), language),
        "existingPlan", a.getExistingPlan() == null ? "" : existingPlan(a.getExistingPlan(), language));
  }

  /** "3.10" after "3.9". */
  static int byCode(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
          : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  static String euro(BigDecimal amount, String language) {
    Locale locale = "fr".equals(language) ? Locale.forLanguageTag("fr-BE") : "en".equals(language)
        ? Locale.forLanguageTag("en-IE") : Locale.forLanguageTag("nl-BE");
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(amount);
  }

  private static String label(List<StrategyReference.Entry> entries, String key, String language) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst()
        .map(e -> in(language, e.name().nl(), e.name().fr(), e.name().en() == null ? e.name().nl() : e.name().en()))
        .orElse(key);
  }

  static String existingPlan(ExistingPlan plan, String language) {
    return switch (plan) {
      case alcohol -> in(language, "Strategie schadelijk alcoholgebruik 2023–2028",
          "Stratégie consommation nocive d'alcool 2023–2028", "Strategy on harmful alcohol use 2023–2028");
      case smokeFree -> in(language, "Strategie rookvrije generatie 2022–2028",
          "Stratégie génération sans tabac 2022–2028", "Smoke-free generation strategy 2022–2028");
      case gambling -> in(language, "Actieplan gok- en kansspelverslaving 2022–2028",
          "Plan d'action jeux et dépendances au jeu 2022–2028", "Gambling addiction action plan 2022–2028");
    };
  }
}
