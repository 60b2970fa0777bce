package nl.redzaam.application.port;

/** Turns a final report into a document to download: an accessible PDF (PDF/UA). */
public interface FinalReportRenderer {

  /** The report as the bytes of a PDF file. */
  byte[] render(FinalReport report);
}
