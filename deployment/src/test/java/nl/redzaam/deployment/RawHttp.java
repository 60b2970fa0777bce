package nl.redzaam.deployment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 by hand from a chosen local address, which java.net.http cannot choose: a second client
 * address on one machine, for limits per address.
 */
final class RawHttp {

  /** The status and the whole answer as text (status line, headers and body). */
  record Answer(int status, String text) {}

  private RawHttp() {}

  static Answer post(String fromAddress, URL base, String path, String json) throws IOException {
    return post(fromAddress, base, path, json, "");
  }

  /** As {@link #post(String, URL, String, String)}, with extra header lines ("Name: value\r\n"). */
  static Answer post(String fromAddress, URL base, String path, String json, String headers)
      throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      socket.setSoTimeout(10_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length
              + "\r\n"
              + headers
              + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(answer);
      String text = answer.toString(StandardCharsets.UTF_8);
      return new Answer(Integer.parseInt(text.substring(9, 12)), text);
    }
  }
}
