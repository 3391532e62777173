package be.interfederal.cycle.documents;

/** A document cannot be made: no template, a template that does not render, a language the type has no version in. */
public class DocumentGenerationException extends RuntimeException {
  public DocumentGenerationException(String message) {
    super(message);
  }

  public DocumentGenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
