/**
 * Real infrastructure started in-process, without Docker: {@link org.actiontracker.infra.PostgresServer},
 * {@link org.actiontracker.infra.KafkaBroker} and {@link org.actiontracker.infra.MailServer}; used by Quarkus tests
 * through the test resources below and by local runs through {@link org.actiontracker.infra.LocalInfrastructure}
 * ({@code deploy/run}).
 *
 * <h2>Quarkus tests</h2>
 * Annotate one test class, or the tests' common base class, once per resource the module needs:
 * <pre>{@code
 * @QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "plans"))
 * @QuarkusTestResource(KafkaTestResource.class)
 * @QuarkusTestResource(SmtpTestResource.class)
 * public abstract class IntegrationTestBase {
 * }
 * }</pre>
 * {@code @QuarkusTestResource} is global ({@code restrictToAnnotatedClass = false} by default): it applies to every
 * test class of the module, annotated or not, and Quarkus starts once for all of them. {@code @WithTestResource}
 * would need {@code scope = TestResourceScope.GLOBAL} for the same: its default scope restarts Quarkus whenever
 * consecutive test classes declare different resources (and its Quarkus 3.33 javadoc still advises against it).
 * <p>
 * The module's {@code application.properties} must also say {@code %test.quarkus.devservices.enabled=false}.
 * Quarkus builds the application, deciding on Dev Services, while JUnit discovers the test classes, before any test
 * resource has started; without the URLs the resources provide later it would start Dev Services, which need Docker.
 * <p>
 * The servers are singletons per test class loader, left running until the JVM exits. A {@code @TestProfile} makes
 * Quarkus start in another class loader and so starts a second set of servers, on other free ports.
 */
package org.actiontracker.infra;
