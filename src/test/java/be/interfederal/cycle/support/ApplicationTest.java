package be.interfederal.cycle.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application in its default profile (demo directory, security on) on a private in-memory H2 database
 * and a random port. Test classes with this annotation share one started application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:interfederal-test;DB_CLOSE_DELAY=-1",
      // Jobs are executed by the tests themselves, so that timers and retries happen when a test says so.
      "camunda.bpm.job-execution.enabled=false",
      // Task e-mails are queued only where a test is about them (TaskMailTest), so that no other test fills the outbox
      "interfederal.notifications.enabled=false"
    })
public @interface ApplicationTest {}
