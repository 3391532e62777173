package be.interfederal.cycle.documents;

import be.interfederal.cycle.directory.GroupRole;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How documents are made and who reads them.
 *
 * @param templateLocation the folder searched first for {@code <type>/<language>.docx}, e.g.
 *     {@code file:/srv/cycle/templates/}; templates not found there come from the jar ({@code classpath:templates/})
 * @param readerGroups groups whose members read every cycle's documents
 * @param readerRoles directory roles whose groups read every cycle's documents
 */
@ConfigurationProperties("interfederal.documents")
public record DocumentProperties(String templateLocation, Set<String> readerGroups,
    Set<GroupRole> readerRoles) {

  public DocumentProperties {
    templateLocation = templateLocation == null || templateLocation.isBlank() ? TemplateSource.SHIPPED : templateLocation;
    readerGroups = readerGroups == null ? Set.of() : Set.copyOf(readerGroups);
    readerRoles = readerRoles == null ? Set.of() : Set.copyOf(readerRoles);
  }
}
