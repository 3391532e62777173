package be.interfederal.cycle.directory;

import be.interfederal.cycle.directory.Directory.GovernmentData;
import be.interfederal.cycle.directory.Directory.GroupData;
import be.interfederal.cycle.directory.Directory.MandateData;
import be.interfederal.cycle.directory.Directory.MinisterData;
import be.interfederal.cycle.directory.Directory.UserData;
import be.interfederal.cycle.directory.DirectoryFile.GovernmentEntry;
import be.interfederal.cycle.directory.DirectoryFile.GroupEntry;
import be.interfederal.cycle.directory.DirectoryFile.MinisterEntry;
import be.interfederal.cycle.directory.DirectoryFile.Text;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.springframework.stereotype.Component;

/**
 * Reads the directory file (and the optional demo-users file) into a validated {@link Directory}. All problems are
 * collected and reported together, each naming its entry, before anything is loaded.
 */
@Component
public class DirectoryFileReader {

  private static final String CABINET_PREFIX = "cabinet";
  private static final String ADMINISTRATION_PREFIX = "administration";

  private final ObjectMapper yaml =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();
  private final Validator validator;

  public DirectoryFileReader(Validator validator) {
    this.validator = validator;
  }

  public Directory read(Resource directoryFile, Resource demoUsersFile) {
    String directoryName = describe(directoryFile);
    DirectoryFile file = parse(directoryFile, DirectoryFile.class);
    List<String> problems = new ArrayList<>(violations(file, path -> entryName(file, path)));
    if (!problems.isEmpty()) {
      throw new DirectoryException(directoryName, problems);
    }
    Directory directory = toDirectory(file, problems);
    if (!problems.isEmpty()) {
      throw new DirectoryException(directoryName, problems);
    }
    if (demoUsersFile == null) {
      return directory;
    }
    DemoUsersFile users = parse(demoUsersFile, DemoUsersFile.class);
    problems.addAll(violations(users, path -> userEntryName(users, path)));
    List<UserData> userData = problems.isEmpty() ? toUsers(users, directory, problems) : List.of();
    if (!problems.isEmpty()) {
      throw new DirectoryException(describe(demoUsersFile), problems);
    }
    return new Directory(directory.governments(), directory.ministers(), directory.groups(), userData);
  }

  public static String cabinetGroupId(String ministerId) {
    return CABINET_PREFIX + capitalize(ministerId);
  }

  public static String administrationGroupId(String ministerId) {
    return ADMINISTRATION_PREFIX + capitalize(ministerId);
  }

  private <T> T parse(Resource resource, Class<T> type) {
    String name = describe(resource);
    if (!resource.exists()) {
      throw new DirectoryException(name, List.of("the file does not exist"));
    }
    try (InputStream in = resource.getInputStream()) {
      T value = yaml.readValue(in, type);
      if (value == null) {
        throw new DirectoryException(name, List.of("the file is empty"));
      }
      return value;
    } catch (JsonMappingException e) {
      MarkedYAMLException syntax = syntaxError(e);
      if (syntax != null) {
        throw new DirectoryException(name, List.of("line " + (syntax.getProblemMark().getLine() + 1)
            + ": not valid YAML: " + syntax.getProblem()), e);
      }
      throw new DirectoryException(name, List.of(at(e.getLocation()) + jsonPath(e) + ": " + e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      throw new DirectoryException(name, List.of(at(e.getLocation()) + "not valid YAML: " + e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new DirectoryException(name, List.of("cannot be read: " + e.getMessage()), e);
    }
  }

  private Directory toDirectory(DirectoryFile file, List<String> problems) {
    Map<String, String> owners = new HashMap<>();
    List<GovernmentData> governments = new ArrayList<>();
    for (GovernmentEntry g : file.governments()) {
      claim(owners, g.id(), "governments '" + g.id() + "'", problems);
      governments.add(new GovernmentData(g.id(), g.kind(), g.name().toLocalized(), localized(g.shortName())));
    }
    Set<String> governmentIds = governments.stream().map(GovernmentData::id).collect(Collectors.toCollection(TreeSet::new));

    List<MinisterData> ministers = new ArrayList<>();
    List<GroupData> groups = new ArrayList<>();
    Map<Integer, String> endorsementOrders = new HashMap<>();
    for (MinisterEntry m : file.ministers()) {
      String entry = "ministers '" + m.id() + "'";
      claim(owners, m.id(), entry, problems);
      if (m.endorsementOrder() != null) {
        String previous = endorsementOrders.putIfAbsent(m.endorsementOrder(), m.id());
        if (previous != null) {
          problems.add(entry + ": endorsementOrder " + m.endorsementOrder() + " is already used by minister '" + previous + "'");
        }
      }
      List<MandateData> mandates = new ArrayList<>();
      Set<String> mandateGovernments = new LinkedHashSet<>();
      for (var mandate : m.mandates()) {
        if (!governmentIds.contains(mandate.government())) {
          problems.add(entry + ": mandate government '" + mandate.government() + "' is not a known government (known: "
              + String.join(", ", governmentIds) + ")");
        } else if (!mandateGovernments.add(mandate.government())) {
          problems.add(entry + ": has two mandates in government '" + mandate.government() + "'");
        }
        mandates.add(new MandateData(mandate.government(), mandate.portfolio().toLocalized()));
      }
      MinisterData minister = new MinisterData(m.id(), localized(m.salutation()), m.firstName(), m.lastName(), m.endorsementOrder(), mandates);
      ministers.add(minister);
      String governmentId = mandates.get(0).governmentId();
      String name = minister.fullName();
      groups.add(new GroupData(cabinetGroupId(m.id()), GroupRole.CABINET,
          new LocalizedText("Kabinet " + name, "Cabinet " + name, "Cabinet of " + name),
          null, m.id(), governmentId, Set.of(), false, null));
      LocalizedText administration = m.administration() != null ? m.administration().toLocalized()
          : new LocalizedText("Administratie van minister " + name, "Administration du ministre " + name, "Administration of Minister " + name);
      groups.add(new GroupData(administrationGroupId(m.id()), GroupRole.ADMINISTRATION, administration,
          null, m.id(), governmentId, Set.of(), false, null));
    }
    for (GroupData derived : groups) {
      claim(owners, derived.id(), "the " + derived.role().name().toLowerCase() + " group of minister '" + derived.ministerId() + "'", problems);
    }
    for (GroupEntry g : file.groups()) {
      String entry = "groups '" + g.id() + "'";
      claim(owners, g.id(), entry, problems);
      if (g.role() == GroupRole.CABINET || g.role() == GroupRole.ADMINISTRATION) {
        problems.add(entry + ": role " + g.role() + " is derived from the ministers and cannot be listed under groups");
      }
      if (!g.dataDomains().isEmpty() && g.role() != GroupRole.DATA_PROVIDER && g.role() != GroupRole.RESEARCH_FUNDER) {
        problems.add(entry + ": only data providers and research funders have dataDomains");
      }
      if (g.deliversVia() != null && g.role() != GroupRole.DATA_PROVIDER) {
        problems.add(entry + ": only a data provider delivers via another one");
      }
      groups.add(new GroupData(g.id(), g.role(), g.name().toLocalized(), localized(g.description()),
          null, null, new TreeSet<>(g.dataDomains()), g.reitoxFocalPoint(), g.deliversVia()));
    }
    checkDeliveryRoutes(file, problems);
    return new Directory(List.copyOf(governments), List.copyOf(ministers), List.copyOf(groups), List.of());
  }

  private List<UserData> toUsers(DemoUsersFile file, Directory directory, List<String> problems) {
    Set<String> groupIds = directory.groups().stream().map(GroupData::id).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    List<UserData> users = new ArrayList<>();
    for (var u : file.users()) {
      String entry = "users '" + u.id() + "'";
      if (!seen.add(u.id())) {
        problems.add(entry + ": duplicate id");
      }
      if (groupIds.contains(u.id())) {
        problems.add(entry + ": id is already the id of a group");
      }
      for (String group : u.groups()) {
        if (!groupIds.contains(group)) {
          problems.add(entry + ": group '" + group + "' is not in the directory");
        }
      }
      users.add(new UserData(u.id(), u.firstName(), u.lastName(), u.email(), u.language() == null ? "nl" : u.language(),
          new TreeSet<>(u.groups())));
    }
    return users;
  }

  private static void claim(Map<String, String> owners, String id, String entry, List<String> problems) {
    String previous = owners.putIfAbsent(id, entry);
    if (previous != null) {
      problems.add(entry + ": duplicate id '" + id + "' (already used by " + previous + ")");
    }
  }

  private <T> List<String> violations(T value, Function<Path, String> entryName) {
    return validator.validate(value).stream()
        .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
        .map(v -> entryName.apply(v.getPropertyPath()) + ": " + v.getPropertyPath() + " " + v.getMessage())
        .toList();
  }

  /** "ministers '<id>'" for a violation inside the fourth minister, so the person editing finds the entry. */
  private static String entryName(DirectoryFile file, Path path) {
    Path.Node first = path.iterator().next();
    Integer index = entryIndex(path);
    if (index == null) {
      return "file";
    }
    String id = switch (first.getName()) {
      case "governments" -> file.governments().get(index).id();
      case "ministers" -> file.ministers().get(index).id();
      case "groups" -> file.groups().get(index).id();
      default -> null;
    };
    return first.getName() + " #" + (index + 1) + (id == null ? "" : " '" + id + "'");
  }

  private static String userEntryName(DemoUsersFile file, Path path) {
    Integer index = entryIndex(path);
    return index == null ? "file" : "users #" + (index + 1) + " '" + file.users().get(index).id() + "'";
  }

  /** Bean Validation puts a list element's index on the node after the list: "groups[0].id" is (groups)(id, 0). */
  private static Integer entryIndex(Path path) {
    var nodes = path.iterator();
    nodes.next();
    return nodes.hasNext() ? nodes.next().getIndex() : null;
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "file" : path.toString();
  }

  private static MarkedYAMLException syntaxError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        return marked;
      }
    }
    return null;
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? "" : "line " + location.getLineNr() + ": ";
  }

  private static LocalizedText localized(Text text) {
    return text == null ? null : text.toLocalized();
  }

  private static String describe(Resource resource) {
    return resource.getDescription();
  }

  private static String capitalize(String id) {
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  /** A provider that delivers via another delivers via a Reitox focal point that delivers itself. */
  private static void checkDeliveryRoutes(DirectoryFile file, List<String> problems) {
    Map<String, GroupEntry> byId = new HashMap<>();
    file.groups().forEach(g -> byId.put(g.id(), g));
    for (GroupEntry g : file.groups()) {
      if (g.deliversVia() == null) {
        continue;
      }
      GroupEntry via = byId.get(g.deliversVia());
      if (via == null || !via.reitoxFocalPoint() || via.deliversVia() != null) {
        problems.add("groups '" + g.id() + "': deliversVia '" + g.deliversVia()
            + "' is not a data provider that is a Reitox focal point delivering itself");
      }
    }
  }
}
