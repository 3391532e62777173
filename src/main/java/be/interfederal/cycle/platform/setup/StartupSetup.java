package be.interfederal.cycle.platform.setup;

import be.interfederal.cycle.directory.DirectoryLoader;
import be.interfederal.cycle.models.release.ModelDeployer;
import be.interfederal.cycle.platform.password.AdminPasswordSync;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the engine to the state the repository describes — directory loaded, models and forms deployed, access
 * granted, the administrator's password as configured — before the web server opens, so that nobody logs in to a
 * half-set-up application. A failure here stops start-up.
 */
@Component
class StartupSetup implements SmartInitializingSingleton {

  private final ModelDeployer deployer;
  private final DirectoryLoader directoryLoader;
  private final AccessSetup accessSetup;
  private final AdminPasswordSync adminPassword;

  StartupSetup(ModelDeployer deployer, DirectoryLoader directoryLoader, AccessSetup accessSetup,
      AdminPasswordSync adminPassword) {
    this.deployer = deployer;
    this.directoryLoader = directoryLoader;
    this.accessSetup = accessSetup;
    this.adminPassword = adminPassword;
  }

  @Override
  public void afterSingletonsInstantiated() {
    // the directory first: a deployment is checked against its groups
    directoryLoader.load();
    deployer.deploy();
    accessSetup.apply();
    adminPassword.apply();
  }
}
