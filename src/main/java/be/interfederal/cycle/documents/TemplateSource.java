package be.interfederal.cycle.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Finds the template of a document: {@code <type>/<language>.docx} in the configured folder (an edited copy outside
 * the jar, e.g. {@code file:/srv/cycle/templates/}) and, for every template not there, the one shipped in the jar.
 * Templates are read at every generation, so an edited template takes effect without a restart.
 */
public class TemplateSource {

  /** Where the shipped templates are: src/main/resources/templates. */
  public static final String SHIPPED = "classpath:templates/";
  static final String EXTENSION = ".docx";

  private final ResourceLoader resources;
  private final String location;

  public TemplateSource(ResourceLoader resources, String location) {
    this.resources = resources;
    this.location = location == null || location.isBlank() ? SHIPPED : withSlash(location);
  }

  /** The path of a template relative to a template folder: "final-strategy/nl.docx". */
  public static String path(DocumentType type, DocumentLanguage language) {
    return type.slug() + "/" + language.code() + EXTENSION;
  }

  public Resource find(DocumentType type, DocumentLanguage language) {
    String path = path(type, language);
    Resource configured = resources.getResource(location + path);
    if (configured.exists()) {
      return configured;
    }
    Resource shipped = resources.getResource(SHIPPED + path);
    if (shipped.exists()) {
      return shipped;
    }
    throw new DocumentGenerationException("No template " + path + " in " + location
        + (location.equals(SHIPPED) ? "" : " nor in " + SHIPPED));
  }

  public byte[] read(DocumentType type, DocumentLanguage language) {
    Resource template = find(type, language);
    try (InputStream in = template.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read template " + template.getDescription(), e);
    }
  }

  private static String withSlash(String folder) {
    return folder.endsWith("/") ? folder : folder + "/";
  }
}
