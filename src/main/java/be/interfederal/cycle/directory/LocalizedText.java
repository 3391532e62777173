package be.interfederal.cycle.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/** A text in Dutch and French (mandatory, the cycle's working languages) and English (optional). */
@Embeddable
public class LocalizedText {

  @NotBlank
  @Column(name = "nl", length = 1000)
  private String nl;

  @NotBlank
  @Column(name = "fr", length = 1000)
  private String fr;

  @Column(name = "en", length = 1000)
  private String en;

  protected LocalizedText() {}

  public LocalizedText(String nl, String fr, String en) {
    this.nl = nl;
    this.fr = fr;
    this.en = en;
  }

  public String getNl() {
    return nl;
  }

  public String getFr() {
    return fr;
  }

  public String getEn() {
    return en;
  }

  /** The text in the given language, falling back to Dutch and French when it has no such version. */
  public String in(String language) {
    String text = switch (language == null ? "" : language) {
      case "fr" -> fr;
      case "en" -> en;
      case "nl" -> nl;
      default -> null;
    };
    return text != null ? text : nl;
  }

  /** "Dutch / French", the form used where one label must serve both languages (group names in Camunda). */
  public String bilingual() {
    return Objects.equals(nl, fr) ? nl : nl + " / " + fr;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other
        && Objects.equals(nl, other.nl)
        && Objects.equals(fr, other.fr)
        && Objects.equals(en, other.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nl, fr, en);
  }

  @Override
  public String toString() {
    return bilingual();
  }
}
