package be.interfederal.cycle.directory;

import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.DirectoryUserRepository;
import be.interfederal.cycle.directory.GovernmentRepository;
import be.interfederal.cycle.directory.MinisterRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the directory into the application's tables and Camunda identity in one transaction: a file that fails
 * validation changes nothing, and loading an unchanged file writes nothing.
 */
@Service
public class DirectoryLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryLoader.class);

  private final DirectoryFileReader reader;
  private final DirectoryProperties properties;
  private final GovernmentRepository governments;
  private final MinisterRepository ministers;
  private final DirectoryGroupRepository groups;
  private final DirectoryUserRepository users;
  private final CamundaIdentitySync identitySync;
  private final ResourceLoader resourceLoader;

  DirectoryLoader(DirectoryFileReader reader, DirectoryProperties properties, GovernmentRepository governments,
      MinisterRepository ministers, DirectoryGroupRepository groups, DirectoryUserRepository users,
      CamundaIdentitySync identitySync, ResourceLoader resourceLoader) {
    this.reader = reader;
    this.properties = properties;
    this.governments = governments;
    this.ministers = ministers;
    this.groups = groups;
    this.users = users;
    this.identitySync = identitySync;
    this.resourceLoader = resourceLoader;
  }

  /** The outcome of a load: what the directory holds and how many identity records had to be written. */
  public record LoadReport(int governments, int ministers, int groups, int users, int identityWrites) {}

  @Transactional
  public LoadReport load() {
    Directory directory = reader.read(properties.location(), demoUsersFile());
    return load(directory);
  }

  @Transactional
  public LoadReport load(Directory directory) {
    Set<String> previousGroups = ids(groups.findAll(), DirectoryGroup::getId);
    Set<String> previousUsers = ids(users.findAll(), DirectoryUser::getId);

    upsert(directory.governments(), Directory.GovernmentData::id, governments, Government::new, Government::apply);
    upsert(directory.ministers(), Directory.MinisterData::id, ministers, Minister::new, Minister::apply);
    upsert(directory.groups(), Directory.GroupData::id, groups, DirectoryGroup::new, DirectoryGroup::apply);
    upsert(directory.users(), Directory.UserData::id, users, DirectoryUser::new, DirectoryUser::apply);
    // Removed in dependency order: users reference groups, groups ministers and governments.
    deleteMissing(users, DirectoryUser::getId, directory.users(), Directory.UserData::id);
    deleteMissing(groups, DirectoryGroup::getId, directory.groups(), Directory.GroupData::id);
    deleteMissing(ministers, Minister::getId, directory.ministers(), Directory.MinisterData::id);
    deleteMissing(governments, Government::getId, directory.governments(), Directory.GovernmentData::id);

    int writes = identitySync.sync(directory, previousGroups, previousUsers, properties.demoPassword());
    LoadReport report = new LoadReport(directory.governments().size(), directory.ministers().size(),
        directory.groups().size(), directory.users().size(), writes);
    LOG.info("Directory {} loaded: {} governments, {} ministers, {} groups, {} users; {} identity changes",
        properties.location().getDescription(), report.governments(), report.ministers(), report.groups(),
        report.users(), writes);
    return report;
  }

  private Resource demoUsersFile() {
    String location = properties.demoUsers();
    return location == null || location.isBlank() ? null : resourceLoader.getResource(location);
  }

  private <D, E> void upsert(List<D> wanted, Function<D, String> id, JpaRepository<E, String> repository,
      Function<String, E> create, BiConsumer<E, D> apply) {
    for (D data : wanted) {
      E entity = repository.findById(id.apply(data)).orElse(null);
      boolean isNew = entity == null;
      if (isNew) {
        entity = create.apply(id.apply(data));
      }
      // Managed entities are only written at flush when a field really changed (Hibernate dirty checking).
      apply.accept(entity, data);
      if (isNew) {
        repository.save(entity);
      }
    }
  }

  private <D, E> void deleteMissing(JpaRepository<E, String> repository, Function<E, String> entityId, List<D> wanted,
      Function<D, String> id) {
    Set<String> keep = ids(wanted, id);
    List<E> gone = repository.findAll().stream().filter(e -> !keep.contains(entityId.apply(e))).toList();
    repository.deleteAll(gone);
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toCollection(HashSet::new));
  }
}
