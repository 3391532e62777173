package be.interfederal.cycle.directory;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Where the directory comes from.
 *
 * @param location the directory file (governments, ministers, groups)
 * @param demoUsers location of the demo-users file; blank in production, where people are managed in Camunda Admin
 * @param demoPassword the password every demo user is created with
 */
@Validated
@ConfigurationProperties("interfederal.directory")
public record DirectoryProperties(@NotNull Resource location, String demoUsers, String demoPassword) {}
