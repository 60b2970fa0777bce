package nl.redzaam.adapters.rest.v1.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG draws a QR code that a reader decodes back to the otpauth link. */
class QrCodeTest {

  @Test
  void the_svg_decodes_to_the_link_it_was_made_from() throws Exception {
    String link =
        "otpauth://totp/Redzaam%3Asanne%40voorbeeldstad.nl?secret=JBSWY3DPEHPK3PXP"
            + "&issuer=Redzaam&algorithm=SHA1&digits=6&period=30";
    String svg = QrCode.svg(link);

    Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertTrue(size.find());
    int width = Integer.parseInt(size.group(1));
    int scale = 4;
    int side = width * scale;
    int[] pixels = new int[side * side];
    Arrays.fill(pixels, 0xFFFFFF);
    Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1));
      int y = Integer.parseInt(module.group(2));
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < scale; dx++) {
          pixels[(y * scale + dy) * side + x * scale + dx] = 0;
        }
      }
    }
    LuminanceSource image = new RGBLuminanceSource(side, side, pixels);
    String decoded =
        new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(image))).getText();

    assertEquals(link, decoded);
  }
}
