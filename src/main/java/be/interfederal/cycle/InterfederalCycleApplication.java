package be.interfederal.cycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InterfederalCycleApplication {

  public static void main(String[] args) {
    SpringApplication.run(InterfederalCycleApplication.class, args);
  }
}
