package be.interfederal.cycle.admin;

import be.interfederal.cycle.directory.DirectoryLoader;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the engine to the state the repository describes — models and forms deployed, directory loaded, access
 * granted — before the web server opens, so that nobody logs in to a half-set-up application. A failure here
 * stops start-up.
 */
@Component
class StartupSetup implements SmartInitializingSingleton {

  private final ModelDeployer deployer;
  private final DirectoryLoader directoryLoader;
  private final AccessSetup accessSetup;

  StartupSetup(ModelDeployer deployer, DirectoryLoader directoryLoader, AccessSetup accessSetup) {
    this.deployer = deployer;
    this.directoryLoader = directoryLoader;
    this.accessSetup = accessSetup;
  }

  @Override
  public void afterSingletonsInstantiated() {
    deployer.deploy();
    directoryLoader.load();
    accessSetup.apply();
  }
}
