package nl.redzaam.adapters.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import nl.redzaam.application.port.FinalReport;
import nl.redzaam.application.port.FinalReportRenderer;

/**
 * Renders the final report to PDF/UA (tagged: headings, tables and reading order for screen
 * readers) that is also PDF/A-3u (archivable, every font embedded). The fonts are DejaVu Sans and
 * its bold, from the classpath; PDF/UA allows no font that is not embedded.
 */
@ApplicationScoped
public class PdfFinalReportRenderer implements FinalReportRenderer {

  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  @Override
  public byte[] render(FinalReport report) {
    String html = FinalReportHtml.of(report);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessbility(true);
      builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
      builder.useColorProfile(SRGB);
      font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
      font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
      font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
      builder.withHtmlContent(html, null);
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The final report could not be rendered", e);
    }
    return pdf.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    builder.useFont(() -> fontFile(file), FONT_FAMILY, weight, style, true);
  }

  private static InputStream fontFile(String file) {
    return Objects.requireNonNull(
        PdfFinalReportRenderer.class.getResourceAsStream(FONTS + file),
        "The font " + file + " is missing from the classpath (jasperreports-fonts)");
  }
}
