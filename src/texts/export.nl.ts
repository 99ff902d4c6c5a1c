// The Dutch words in an exported overview (`motie overzicht`, `/motie overzicht`): its title, the
// headings and labels of the Word and Excel files. The importer reads these files back, so the
// words the readers recognise (headings, column names, status lines) must stay as they are; the
// column names and status lines themselves live with the export rows in src/domain/export/.
import { formatDateNl } from '../domain/dates/format-date.ts';

export const EXPORT_DOCUMENT = {
  /** "Stand van zaken moties en toezeggingen SOCW, OCW" */
  title: (label: string) => `Stand van zaken moties en toezeggingen${label ? ` ${label}` : ''}`,
  /** The file name: "stand-van-zaken-SOCW-2026-05-12.docx". */
  fileName: (slug: string, today: string, extension: string) => `stand-van-zaken${slug ? `-${slug}` : ''}-${today}.${extension}`,
  /** "Stand per 15 september 2025": the document date, which `motie import` reads back. */
  dateLine: (date: string) => `Stand per ${formatDateNl(date)}`,
  columnsLine: 'Status Verantwoordelijk Stand van zaken',
  moties: 'Moties',
  toezeggingen: 'Toezeggingen',
  description: 'Stand van zaken moties en toezeggingen, gemaakt door motiebot',
  sheet: 'Stand van zaken',
  kindMotie: 'Motie',
  kindToezegging: 'Toezegging',
} as const;

/** The draft answer to the Eerste Kamer's rappel (`motie overzicht --rappel EK`, `/motie overzicht rappel`). */
export const RAPPEL_DOCUMENT = {
  /** "Rappel toezeggingen Eerste Kamer — concept-antwoord BZK" */
  title: (label: string) => `Rappel toezeggingen Eerste Kamer — concept-antwoord${label ? ` ${label}` : ''}`,
  /** "rappel-eerste-kamer-BZK-2026-09-01.docx" */
  fileName: (slug: string, today: string, extension: string) => `rappel-eerste-kamer${slug ? `-${slug}` : ''}-${today}.${extension}`,
  intro:
    'Openstaande en deels voldane toezeggingen aan de Eerste Kamer met de stand van zaken van het team. Vul waar nodig de verwachte datum aan en controleer de status voordat het antwoord naar de Kamer gaat.',
  description: 'Concept-antwoord op het rappel toezeggingen van de Eerste Kamer, gemaakt door motiebot',
  sheet: 'Rappel Eerste Kamer',
} as const;
