import PDFDocument from 'pdfkit';

/** The Government Security Classification marking printed at the top and bottom of every page. */
export const PDF_MARKING = 'OFFICIAL-SENSITIVE';

export interface PdfContent {
  title: string;
  /** Lines under the title: date, place, status. */
  lines: string[];
  sections: { heading: string; body: string }[];
  addenda?: { author: string; agencyName: string; at: string; body: string }[];
}

const MARGIN = 64;

/**
 * A meeting document as a PDF: title, details, sections and addenda in order, with the marking at
 * the top and bottom of each page and page numbers. Pages are buffered so the markings go on once
 * the page count is known. Built in memory: minutes run to a few pages.
 */
export function renderMeetingPdf(content: PdfContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: content.title, Subject: PDF_MARKING },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(16).text(content.title);
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(10);
  for (const line of content.lines) doc.text(line);
  for (const section of content.sections) {
    doc.moveDown(0.8);
    doc.font('Helvetica-Bold').fontSize(12).text(section.heading);
    doc.moveDown(0.2);
    doc.font('Helvetica').fontSize(10).text(section.body || ' ');
  }
  if (content.addenda?.length) {
    doc.moveDown(1);
    doc.font('Helvetica-Bold').fontSize(12).text('Addenda');
    for (const addendum of content.addenda) {
      doc.moveDown(0.5);
      doc.font('Helvetica-Bold').fontSize(10).text(`Added by ${addendum.author}, ${addendum.agencyName}, ${addendum.at}`);
      doc.font('Helvetica').fontSize(10).text(addendum.body);
    }
  }
  mark(doc);
  doc.end();
  return done;
}

function mark(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const width = doc.page.width;
    doc.font('Helvetica-Bold').fontSize(9);
    doc.text(PDF_MARKING, 0, MARGIN / 2 - 6, { width, align: 'center', lineBreak: false });
    doc.text(PDF_MARKING, 0, doc.page.height - MARGIN / 2 - 6, { width, align: 'center', lineBreak: false });
    doc.font('Helvetica').fontSize(8);
    doc.text(`Page ${index - range.start + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 + 6, {
      width: width - 2 * MARGIN,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
