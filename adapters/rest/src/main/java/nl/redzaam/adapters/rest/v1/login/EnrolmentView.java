package nl.redzaam.adapters.rest.v1.login;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.redzaam.application.login.Authentication.Enrolment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new authenticator secret, for the person to put in an app by scanning or typing. */
@Schema(name = "SecondFactorEnrolment")
public record EnrolmentView(
    @Schema(
            description =
                "The secret in Base32, to type into the app when scanning is not possible")
        String secret,
    @Schema(description = "The otpauth:// link the QR code holds") String otpauthUri,
    @Schema(description = "The QR code as an SVG image in a data: URL, for an img element")
        String qrCode) {

  static EnrolmentView of(Enrolment enrolment) {
    String svg = QrCode.svg(enrolment.otpauthUri());
    return new EnrolmentView(
        enrolment.secret(),
        enrolment.otpauthUri(),
        "data:image/svg+xml;base64,"
            + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
