package be.interfederal.cycle.strategy.process;

/** What is wrong with a submission, in Dutch and French, as the form's 400 answer says it. */
public record Problem(String nl, String fr) {

  /**
   * A text longer than its column holds: "De titel: hoogstens 500 tekens (612 ontvangen)". Said without a verb, so
   * that a plural label ("De opmerkingen") reads as well as a singular one.
   */
  public static Problem tooLong(String labelNl, String labelFr, int maxLength, int length) {
    return new Problem(labelNl + ": hoogstens " + maxLength + " tekens (" + length + " ontvangen)",
        labelFr + " : au plus " + maxLength + " caractères (" + length + " reçus)");
  }

  /**
   * A text in one row of a list that does not fit its column, said as the row's other problems are: the row ("Indicator
   * 2" / "Indicateur 2"), the field ("de bron" / "la source"), the limit.
   */
  public static Problem tooLong(String rowNl, String rowFr, String fieldNl, String fieldFr, int maxLength) {
    return new Problem(rowNl + ", " + fieldNl + ": hoogstens " + maxLength + " tekens",
        rowFr + ", " + fieldFr + " : au plus " + maxLength + " caractères");
  }
}
