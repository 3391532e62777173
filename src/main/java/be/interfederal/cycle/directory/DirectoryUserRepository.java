package be.interfederal.cycle.directory;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectoryUserRepository extends JpaRepository<DirectoryUser, String> {
}
