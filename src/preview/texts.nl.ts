// Every Dutch sentence the preview itself says (the page's fixed labels live in page/index.html).
import { formatDateNl } from '../domain/dates/format-date.ts';
import type { JobResult } from '../scheduler/run-job.ts';

const messages = (n: number) => (n === 1 ? '1 bericht' : `${n} berichten`);

export const PREVIEW_TEXT = {
  unknownCommand: (command: string) => `${command} is geen opdracht die deze voorbeeldomgeving kent. Probeer \`/motie help\`.`,
  botUnreachable: 'motiebot reageerde niet op tijd. Kijk in het logboek van de terminal.',
  botRefused: (status: number) => `motiebot weigerde het verzoek (HTTP ${status}).`,
  jobResult: (job: 'digest' | 'reminders', r: JobResult): string => {
    const what = job === 'digest' ? 'Weekoverzicht' : 'Herinneringen';
    if (r.status === 'skipped') return `${what}: er loopt al een ronde; probeer het zo opnieuw.`;
    const parts: string[] = [];
    if (r.posted > 0) parts.push(`${messages(r.posted)} geplaatst`);
    if (r.alreadySent > 0) {
      parts.push(job === 'digest' ? `${messages(r.alreadySent)} stond${r.alreadySent === 1 ? '' : 'en'} er deze week al` : `${messages(r.alreadySent)} al eerder verstuurd`);
    }
    if (r.pending > 0) parts.push(`${messages(r.pending)} nog niet gelukt`);
    if (parts.length === 0) return job === 'digest' ? `${what}: geen gekoppelde kanalen.` : `${what}: vandaag is er niets te herinneren.`;
    const hint = r.posted === 0 && r.alreadySent > 0 ? ` Kies een andere datum om ${job === 'digest' ? 'een volgende week' : 'een andere dag'} te zien.` : '';
    return `${what} (${formatDateNl(r.today, { weekday: true })}): ${parts.join(', ')}.${hint}`;
  },
} as const;
