package nl.redzaam.adapters.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private final ClientAddress behindProxies = new ClientAddress(Optional.of("10.0.0.1, 10.0.0.2"));

  @Test
  void without_trusted_proxies_the_header_is_ignored() {
    ClientAddress direct = new ClientAddress(Optional.empty());
    assertEquals("203.0.113.9", direct.of("203.0.113.9", "198.51.100.1"));
  }

  @Test
  void from_a_trusted_proxy_the_last_untrusted_hop_is_the_client() {
    assertEquals("198.51.100.7", behindProxies.of("10.0.0.1", "198.51.100.7"));
    // The client may write anything at the left; what our proxies added on the right counts.
    assertEquals("198.51.100.7", behindProxies.of("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2"));
    assertEquals("2001:db8::5", behindProxies.of("10.0.0.1", "2001:db8::5"));
  }

  @Test
  void from_anyone_else_the_header_counts_for_nothing() {
    assertEquals("203.0.113.9", behindProxies.of("203.0.113.9", "198.51.100.7"));
  }

  @Test
  void garbage_in_the_header_stops_the_walk() {
    assertEquals("10.0.0.1", behindProxies.of("10.0.0.1", "evil.example.org"));
    assertEquals("198.51.100.7", behindProxies.of("10.0.0.1", "<script>, 198.51.100.7"));
    assertEquals("10.0.0.2", behindProxies.of("10.0.0.1", "x y, 10.0.0.2"));
  }
}
