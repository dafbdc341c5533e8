import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  type ISectionOptions,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { DocumentLayout, LayoutPart } from './documentLayout';
import { PageFlow } from './docxPageEstimate';
import { DocxParagraphs, mapFit } from './docxParagraphs';
import { docxNumbering, docxStyles, PAGE, TABLE_OF_AUTHORITIES_STYLE } from './docxStyles';
import type { ProgressListener } from './progress';
import { type PartData, zipParts } from './zipParts';

const FRONT_MATTER = new Set(['contents', 'authorities']);

/**
 * The docx library's compiler, which `Packer` holds: the package's parts by path, in the order `Packer` would zip
 * them. Zipped with Node's zlib, a memorial is packed in a fraction of the time `Packer`'s deflate in JavaScript takes.
 */
const compiler = (Packer as unknown as { compiler: { compile(file: Document): Map<string, PartData> } }).compiler;

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
    ],
  });
}

function section(children: FileChild[], numbering: 'none' | 'roman' | 'arabic'): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: {
          top: PAGE.margin,
          bottom: PAGE.margin,
          left: PAGE.margin,
          right: PAGE.margin,
          header: 709,
          footer: 709,
        },
        ...(numbering === 'none'
          ? {}
          : {
              pageNumbers: {
                start: 1,
                formatType: numbering === 'roman' ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL,
              },
            }),
      },
    },
    ...(numbering === 'none' ? {} : { footers: { default: pageFooter() } }),
    children,
  };
}

/** The map annex's figures as PNGs (drawn by Chromium, twice the resolution they print at), by their SVG. */
async function drawMaps(layout: DocumentLayout, onProgress: ProgressListener): Promise<Map<string, Buffer>> {
  const maps = layout.parts.flatMap((part) => part.blocks.flatMap((block) => (block.type === 'map' ? [block] : [])));
  if (maps.length === 0) return new Map();
  onProgress(0.45, 'Drawing the argument map');
  const { rasterizeSvgs } = await import('../map/rasterizeSvg');
  // Drawn at 300 dots to the inch of the size it prints at (mapFit), at most twice the map's own size.
  const drawn = await rasterizeSvgs(maps.map((map) => ({ ...map, scale: Math.min(2, (mapFit(map) * 300) / 96) })));
  return new Map(maps.map((map, index) => [map.svg, drawn[index]!.png]));
}

/**
 * A layout as a Word document: A4, Times New Roman 12, numbered Heading 2–5 for the argument under Heading 1 parts,
 * a table of contents field, real footnotes with TA fields, the Index of Authorities as TOA fields, and (for a
 * memorial) a cover page and roman-numbered front matter. Word updates the fields when it opens the document.
 */
export async function renderDocx(layout: DocumentLayout, onProgress: ProgressListener = () => {}): Promise<Buffer> {
  const groups: { kind: 'none' | 'roman' | 'arabic'; parts: LayoutPart[] }[] = [];
  for (const part of layout.parts) {
    const kind =
      layout.layout !== 'memorial'
        ? 'arabic'
        : part.id === 'cover'
          ? 'none'
          : FRONT_MATTER.has(part.id)
            ? 'roman'
            : 'arabic';
    const last = groups[groups.length - 1];
    if (last?.kind === kind) last.parts.push(part);
    else groups.push({ kind, parts: [part] });
  }
  // The contents and the index are written with the pages a one-pass estimate gives, for readers that keep them.
  const flow = new PageFlow(layout);
  for (const { kind, parts } of groups) {
    flow.section(kind);
    for (const [index, part] of parts.entries()) flow.part(part, part.newPage && index > 0);
  }
  const writer = new DocxParagraphs(layout, flow.estimate, await drawMaps(layout, onProgress));
  // LibreOffice ignores a section's vertical alignment, so the cover is lowered with space instead.
  const coverSpace = new Paragraph({ spacing: { before: 3400, after: 0 } });
  const sections = groups.map(({ kind, parts }) =>
    section(
      [
        ...(kind === 'none' ? [coverSpace] : []),
        ...parts.flatMap((part, index) => writer.part(part, part.newPage && index > 0)),
      ],
      kind,
    ),
  );
  onProgress(0.6, 'Writing the Word document');
  const document = new Document({
    creator: 'Casewright',
    title: layout.title,
    features: { updateFields: true },
    externalStyles: TABLE_OF_AUTHORITIES_STYLE,
    styles: docxStyles(),
    numbering: docxNumbering(),
    footnotes: writer.footnotes(),
    sections,
  });
  onProgress(0.75, 'Packing the Word document');
  const buffer = zipParts(compiler.compile(document));
  onProgress(1, 'Done');
  return buffer;
}
