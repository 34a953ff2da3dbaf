import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { helsinkiDate, printedDate, type SummaryView, summarySections, summaryWords } from '@verkosto/domain';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

// Roboto carries å, ä and ö (and the Sámi letters); the PDF embeds it, so any reader shows them right.
pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
// A summary is built from our own data only: no URL is fetched and no file but the fonts is read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

export interface PrintedSummary {
  summary: SummaryView;
  unit: string;
  client: {
    person: { firstNames: string; lastName: string; dateOfBirth: string } | null;
    familyName: string | null;
  };
}

/** The day of an instant in Helsinki, as it prints. */
const printedDay = (instant: string) => printedDate(helsinkiDate(new Date(instant)));

/**
 * The summary as a PDF in its own language. It prints names and the date of birth to identify the
 * client, and never an address: a protected address cannot leak through a printout.
 */
export function summaryPdf({ summary, unit, client }: PrintedSummary): Promise<Buffer> {
  const w = summaryWords[summary.language];
  const clientLine = [
    client.person
      ? `${client.person.firstNames} ${client.person.lastName} (${printedDate(client.person.dateOfBirth)})`
      : null,
    client.familyName,
  ]
    .filter(Boolean)
    .join(' – ');
  const sections: Content[] = summarySections.flatMap((s) => [
    { text: w.sections[s], style: 'section' },
    { text: summary.sections[s].trim() || '–', margin: [0, 0, 0, 8] },
  ]);
  const signature =
    summary.status === 'signed' && summary.signedAt
      ? `${w.signedBy}: ${summary.signedBy ?? ''}, ${printedDay(summary.signedAt)}`
      : w.draft;
  const doc: TDocumentDefinitions = {
    info: { title: w.title[summary.kind] },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    ...(summary.status === 'signed' ? {} : { watermark: { text: w.draft, opacity: 0.12, fontSize: 36 } }),
    footer: (page, pages) => ({
      text: `${w.title[summary.kind]} · ${w.page} ${page}/${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    content: [
      { text: w.title[summary.kind], style: 'title' },
      {
        table: {
          widths: ['auto', '*'],
          body: [
            [{ text: w.client, bold: true }, clientLine],
            [{ text: w.unit, bold: true }, unit],
            [
              { text: w.period, bold: true },
              `${printedDate(summary.periodStart)}–${printedDate(summary.periodEnd)}`,
            ],
            [{ text: w.preparedBy, bold: true }, summary.createdBy],
          ],
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 12],
      },
      ...sections,
      { text: signature, margin: [0, 16, 0, 0], bold: summary.status === 'signed' },
    ],
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      section: { fontSize: 12.5, bold: true, margin: [0, 6, 0, 3] },
    },
  };
  return pdfmake.createPdf(doc).getBuffer();
}
