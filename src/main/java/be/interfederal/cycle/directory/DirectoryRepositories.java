package be.interfederal.cycle.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data repositories of the directory tables. */
public final class DirectoryRepositories {

  private DirectoryRepositories() {}

  public interface GovernmentRepository extends JpaRepository<Government, String> {}

  public interface MinisterRepository extends JpaRepository<Minister, String> {
    List<Minister> findAllByOrderByEndorsementOrderAsc();
  }

  public interface DirectoryGroupRepository extends JpaRepository<DirectoryGroup, String> {
    List<DirectoryGroup> findByRole(GroupRole role);
  }

  public interface DirectoryUserRepository extends JpaRepository<DirectoryUser, String> {}
}
