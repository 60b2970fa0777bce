/**
 * The {@link nl.redzaam.application.port.FinalReportRenderer} port as a PDF: the report is written
 * as HTML and CSS ({@link nl.redzaam.adapters.report.FinalReportHtml}) and rendered to a tagged,
 * accessible PDF (PDF/UA, also PDF/A-3u) with embedded DejaVu fonts by openhtmltopdf on Apache
 * PDFBox ({@link nl.redzaam.adapters.report.PdfFinalReportRenderer}).
 */
package nl.redzaam.adapters.report;
