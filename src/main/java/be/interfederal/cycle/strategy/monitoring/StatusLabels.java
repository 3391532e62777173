package be.interfederal.cycle.strategy.monitoring;

import static be.interfederal.cycle.strategy.process.ModelParts.in;

/** How an action's status reads in the forms' overview and the documents. */
final class StatusLabels {

  private StatusLabels() {}

  static String label(ProgressStatus status, String language) {
    return switch (status) {
      case notStarted -> in(language, "Niet gestart", "Pas commencée", "Not started");
      case onTrack -> in(language, "Op schema", "En bonne voie", "On track");
      case delayed -> in(language, "Vertraagd", "Retardée", "Delayed");
      case done -> in(language, "Uitgevoerd", "Réalisée", "Done");
      case dropped -> in(language, "Geschrapt", "Abandonnée", "Dropped");
    };
  }
}
