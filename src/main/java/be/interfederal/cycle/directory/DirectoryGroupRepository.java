package be.interfederal.cycle.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectoryGroupRepository extends JpaRepository<DirectoryGroup, String> {
  List<DirectoryGroup> findByRole(GroupRole role);
}
