package nl.redzaam.apiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import nl.redzaam.client.ApiClient;
import nl.redzaam.client.ApiException;
import nl.redzaam.client.api.AccountApi;
import nl.redzaam.client.model.Credentials;
import nl.redzaam.deployment.PostgresqlRequired;
import nl.redzaam.deployment.RedzaamWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drives the API through the Java client generated from the served OpenAPI document: if the
 * document lies about paths, bodies or types, these calls fail.
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

  /** Created from configuration on the empty database (see arquillian.xml). */
  static final String ADMIN = "beheer@testdorp.example";

  static final String ADMIN_PASSWORD = "test-only-bootstrap-password";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @Test
  void the_first_administrator_logs_in_with_an_authenticator_app_and_reads_who_they_are()
      throws Exception {
    var session = ClientLogin.logIn(new AccountApi(client(null)), ADMIN, ADMIN_PASSWORD);

    var me = new AccountApi(client(session.getToken())).me();

    assertEquals("STAFF", session.getAccountKind());
    assertEquals(session.getPersonId(), me.getId());
    assertTrue(me.getRoles().contains("ADMINISTRATOR"), me.toString());
    // Administrators need a second factor by default: the password alone starts no session.
    var passwordOnly =
        new AccountApi(client(null)).logIn(new Credentials().email(ADMIN).password(ADMIN_PASSWORD));
    assertNull(passwordOnly.getToken());
    assertNotNull(passwordOnly.getSecondFactorDue().getChallenge());
  }

  @Test
  void a_wrong_password_is_a_401_problem() {
    var error =
        assertThrows(
            ApiException.class,
            () ->
                new AccountApi(client(null))
                    .logIn(new Credentials().email(ADMIN).password("not-the-password")));

    assertEquals(401, error.getCode());
    assertTrue(error.getResponseBody().contains("urn:redzaam:problem:login-failed"));
  }

  private ApiClient client(String token) throws Exception {
    ApiClient client = new ApiClient();
    client.updateBaseUri(base.toURI().resolve("/api/v1").toString());
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }
}
