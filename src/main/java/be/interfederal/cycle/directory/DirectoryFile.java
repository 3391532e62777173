package be.interfederal.cycle.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * The directory file as written by people (src/main/resources/directory/interfederal-directory.yaml). Bean
 * Validation states the rules of one entry; {@link DirectoryFileReader} adds the rules across entries.
 */
public record DirectoryFile(
    @NotEmpty @Valid List<GovernmentEntry> governments,
    @NotEmpty @Valid List<MinisterEntry> ministers,
    @Valid List<GroupEntry> groups) {

  /** Camunda's default resource-id pattern: letters and digits only. */
  public static final String ID_PATTERN = "[a-zA-Z0-9]+";

  public static final String ID_MESSAGE = "must contain letters and digits only";

  public DirectoryFile {
    groups = groups == null ? List.of() : groups;
  }

  public record GovernmentEntry(
      @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
      @NotNull GovernmentKind kind,
      @NotNull @Valid Text name,
      @Valid Text shortName) {}

  public record MinisterEntry(
      @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
      @Valid Text salutation,
      @NotBlank String firstName,
      @NotBlank String lastName,
      @Positive Integer endorsementOrder,
      @NotEmpty(message = "a minister needs at least one mandate") @Valid List<MandateEntry> mandates,
      @Valid Text administration) {}

  public record MandateEntry(@NotBlank String government, @NotNull @Valid Text portfolio) {}

  public record GroupEntry(
      @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
      @NotNull GroupRole role,
      @NotNull @Valid Text name,
      @Valid Text description,
      List<String> dataDomains,
      Boolean reitoxFocalPoint,
      @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String deliversVia) {

    public GroupEntry {
      dataDomains = dataDomains == null ? List.of() : dataDomains;
      reitoxFocalPoint = Boolean.TRUE.equals(reitoxFocalPoint);
    }
  }

  /** A text in the file: Dutch and French are required, English optional. */
  public record Text(@NotBlank String nl, @NotBlank String fr, String en) {
    LocalizedText toLocalized() {
      return new LocalizedText(nl, fr, en);
    }
  }
}
