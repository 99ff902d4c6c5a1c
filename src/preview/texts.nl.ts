// Every Dutch sentence the preview itself says (the page's fixed labels live in page/index.html).
import { formatDateNl } from '../domain/dates/format-date.ts';
import type { JobResult } from '../scheduler/run-job.ts';

const messages = (n: number) => (n === 1 ? '1 bericht' : `${n} berichten`);

export const PREVIEW_TEXT = {
  unknownCommand: (command: string) => `${command} is geen opdracht die deze voorbeeldomgeving kent. Probeer \`/motie help\`.`,
  portInUse: (port: number) => `Poort ${port} is al in gebruik. Stop het andere programma, of kies een andere poort: PORT=${port + 1} npm start`,
  botUnreachable: 'motiebot reageerde niet op tijd. Kijk in het logboek van de terminal.',
  botRefused: (status: number) => `motiebot weigerde het verzoek (HTTP ${status}).`,
  jobResult: (job: 'digest' | 'reminders', r: JobResult): string => {
    const what = job === 'digest' ? 'Weekoverzicht' : 'Herinneringen';
    const day = formatDateNl(r.today, { weekday: true });
    if (r.status === 'skipped') return `${what}: er loopt al een ronde; probeer het zo opnieuw.`;
    const parts: string[] = [];
    if (r.posted > 0) parts.push(`${messages(r.posted)} geplaatst`);
    if (r.alreadySent > 0) parts.push(`${messages(r.alreadySent)} al eerder verstuurd`);
    if (r.pending > 0) parts.push(`${messages(r.pending)} nog niet gelukt`);
    if (parts.length === 0) {
      return job === 'digest'
        ? `${what} (${day}): niets te versturen; het overzicht van deze week staat al in elk gekoppeld kanaal. Kies een dag in een andere week voor een nieuw overzicht.`
        : `${what} (${day}): niets (meer) te versturen op deze dag. Kies een andere dag om herinneringen voor en na een termijn te zien.`;
    }
    return `${what} (${day}): ${parts.join(', ')}.`;
  },
} as const;
