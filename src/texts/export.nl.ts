// The Dutch words in an exported overview (`motie overzicht`, `/motie overzicht`): its title, the
// headings and labels of the Word and Excel files. The importer reads these files back, so the
// words the readers recognise (headings, column names, status lines) must stay as they are; the
// column names and status lines themselves live with the export rows in src/domain/export/.
export const EXPORT_DOCUMENT = {
  /** "Stand van zaken moties en toezeggingen SOCW, OCW" */
  title: (label: string) => `Stand van zaken moties en toezeggingen${label ? ` ${label}` : ''}`,
  /** The file name: "stand-van-zaken-SOCW-2026-05-12.docx". */
  fileName: (slug: string, today: string, extension: string) => `stand-van-zaken${slug ? `-${slug}` : ''}-${today}.${extension}`,
  columnsLine: 'Status Verantwoordelijk Stand van zaken',
  moties: 'Moties',
  toezeggingen: 'Toezeggingen',
  description: 'Stand van zaken moties en toezeggingen, gemaakt door motiebot',
  sheet: 'Stand van zaken',
  kindMotie: 'Motie',
  kindToezegging: 'Toezegging',
} as const;
