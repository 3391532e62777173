package be.interfederal.cycle.models.validation;

/**
 * What is wrong with a deployment's resource, said in Dutch and French.
 *
 * @param resource the file's name in the deployment, e.g. bpmn/gdpc-drafting.bpmn
 * @param element the id of the element at fault, or null (the file as a whole)
 * @param line the line in the file, or null when not known
 */
public record ModelProblem(String resource, String element, Integer line, String nl, String fr) {

  /** One line for logs and the REST message: "bpmn/x.bpmn, draftStrategy (line 12): nl / fr". */
  public String describe() {
    StringBuilder where = new StringBuilder(resource);
    if (element != null) {
      where.append(", ").append(element);
    }
    if (line != null) {
      where.append(" (regel/ligne ").append(line).append(')');
    }
    return where + ": " + nl + " / " + fr;
  }
}
