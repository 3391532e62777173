package be.interfederal.cycle.strategy.process;

/** What is wrong with a submission, in Dutch and French, as the form's 400 answer says it. */
public record Problem(String nl, String fr) {

  /**
   * A text in one row of a list that does not fit its column, said as the row's other problems are: the row ("Indicator
   * 2" / "Indicateur 2"), the field ("de bron" / "la source"), the limit.
   */
  public static Problem tooLong(String rowNl, String rowFr, String fieldNl, String fieldFr, int maxLength) {
    return new Problem(rowNl + ": " + fieldNl + " is langer dan " + maxLength + " tekens",
        rowFr + " : " + fieldFr + " dépasse " + maxLength + " caractères");
  }
}
