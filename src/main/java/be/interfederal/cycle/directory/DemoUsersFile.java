package be.interfederal.cycle.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** Demo identities (default profile only): people to log in as, each in one or more directory groups. */
public record DemoUsersFile(@NotEmpty @Valid List<UserEntry> users) {

  public record UserEntry(
      @NotBlank @Pattern(regexp = DirectoryFile.ID_PATTERN, message = DirectoryFile.ID_MESSAGE) String id,
      @NotBlank String firstName,
      @NotBlank String lastName,
      @Email String email,
      @Pattern(regexp = "nl|fr|de|en", message = "must be one of nl, fr, de, en") String language,
      @NotEmpty(message = "a user needs at least one group") List<String> groups) {}
}
