// Dutch sentences of editing an item, its statuses, its trekker, the change lines in a channel and
// the punctuality summary. Values that come from people are escaped by the caller or here.
import { formatDelayNl } from '../domain/format-duration.ts';
import type { Punctuality } from '../domain/punctuality.ts';
import { escapeMrkdwn } from '../slack/blocks/mrkdwn.ts';

export const I = {
  usage: {
    stand: 'Geef een nummer en de stand van zaken, bijvoorbeeld `/motie stand 12 De brief gaat in maart naar de Kamer.`',
    trekker: 'Geef een nummer en een persoon, bijvoorbeeld `/motie trekker 12 @Sanne` (of `/motie trekker 12 niemand`).',
    heropen: 'Geef het nummer mee, bijvoorbeeld `/motie heropen 12`.',
    vervallen: 'Geef het nummer mee, bijvoorbeeld `/motie vervallen 12`.',
    aanhouden: 'Geef een nummer en een datum, bijvoorbeeld `/motie aanhouden 12 tot 1 maart 2026` (of `/motie aanhouden 12 uit`).',
    verwijder: 'Geef het nummer mee, bijvoorbeeld `/motie verwijder 12`.',
    herstel: 'Geef het nummer mee, bijvoorbeeld `/motie herstel 12`.',
    afgerond: 'Geef het nummer van de motie of toezegging mee (of meer nummers), bijvoorbeeld `/motie afgerond 6 7`, eventueel met de Kamerbrief: `/motie afgerond 7 met Kamerstuk 36222-45`.',
  },
  ownerNotAPerson: (typed: string) =>
    `“${escapeMrkdwn(typed.slice(0, 60))}” is geen persoon die ik herken. Typ @ en kies iemand uit de lijst, zodat Slack er een naam van maakt.`,
  statusTextSet: (id: number) => `📝 De stand van zaken van #${id} is bijgewerkt.`,
  statusTextCleared: (id: number) => `📝 De stand van zaken van #${id} is leeggemaakt.`,
  ownerSet: (id: number, owner: string) => `👤 <@${owner}> is nu trekker van #${id}.`,
  ownerCleared: (id: number) => `👤 #${id} heeft geen trekker meer.`,
  unchanged: (id: number) => `Er is niets veranderd aan #${id}.`,
  edited: (id: number) => `✏️ #${id} is bijgewerkt.`,
  lapsed: (id: number) => `⚪ #${id} is vervallen: er komen geen herinneringen meer.`,
  alreadyLapsed: (id: number) => `#${id} was al vervallen; er is niets veranderd.`,
  onHold: (id: number, until: string) => `⏸ #${id} is aangehouden tot ${until}: tot dan geen herinneringen.`,
  holdEnded: (id: number) => `▶️ #${id} wordt niet meer aangehouden; herinneringen gaan weer door.`,
  holdPast: 'Die datum is al geweest. Geef een datum in de toekomst, bijvoorbeeld `tot 1 maart 2026`.',
  holdUnreadable: (message: string) => `Die datum begrijp ik niet. ${escapeMrkdwn(message)}`,
  notOpen: (id: number) => `#${id} staat niet open; alleen open items kun je aanhouden.`,
  deleted: (id: number) => `🗑 #${id} is verwijderd. Per ongeluk? \`/motie herstel ${id}\` zet het terug.`,
  restored: (id: number) => `♻️ #${id} is teruggezet.`,
  notDeleted: (id: number) => `#${id} is niet verwijderd; er is niets veranderd.`,
  deleteNotAllowed: 'Verwijderen mogen alleen de beheerders van motiebot. Vraag het een beheerder; er is niets veranderd.',
  closingReferenceUnreadable:
    'Die Kamerbrief herken ik niet. Geef een Kamerstuk (`36222-45` of `36222, nr. 45`) of een link (`https://…`). Er is niets veranderd.',
  markedDoneWith: (id: number, reference: string) => `✅ #${id} is afgerond met ${reference}.`,
  tooManyNumbers: (max: number) => `Geef hoogstens ${max} nummers tegelijk.`,
  // Short lines posted once in the item's channel (a thread under the latest digest when there is one).
  change: {
    done: (id: number, title: string, by: string, reference: string | null) =>
      `✅ #${id} ${title} is afgerond door ${by}${reference ? ` met ${reference}` : ''}.`,
    reopened: (id: number, title: string, by: string) => `↩️ #${id} ${title} staat weer open (heropend door ${by}).`,
    term: (id: number, title: string, by: string, term: string) => `🗓 De termijn van #${id} ${title} is nu ${term} (door ${by}).`,
    statusText: (id: number, title: string, by: string, excerpt: string) =>
      `📝 Stand van zaken van #${id} ${title} bijgewerkt door ${by}: ${excerpt}`,
    lapsed: (id: number, title: string, by: string) => `⚪ #${id} ${title} is vervallen (door ${by}).`,
    onHold: (id: number, title: string, by: string, until: string) => `⏸ #${id} ${title} is aangehouden tot ${until} (door ${by}).`,
    deleted: (id: number, title: string, by: string) => `🗑 #${id} ${title} is verwijderd door ${by}.`,
    owner: (id: number, title: string, by: string, owner: string | null) =>
      owner ? `👤 <@${owner}> is trekker van #${id} ${title} (door ${by}).` : `👤 #${id} ${title} heeft geen trekker meer (door ${by}).`,
  },
  removedFromMessage: (id: number) => `🗑 #${id} is verwijderd.`,
  mine: {
    header: 'Mijn moties en toezeggingen',
    none: 'Je bent van geen enkel item trekker. Word het met `/motie trekker 12 @jij` of in het menu *Bewerken*.',
    intro: (n: number) => `Je bent trekker van ${n === 1 ? '1 item' : `${n} items`}:`,
  },
  punctuality: {
    header: 'Tijdig geïnformeerd (laatste 12 maanden)',
    line: (p: Punctuality) =>
      `*${escapeMrkdwn(p.code)}*: ${p.onTime} op tijd · ${p.late} te laat${p.medianDelayDays !== null ? ` · mediaan ${formatDelayNl(p.medianDelayDays)}` : ''}`,
    none: 'Nog geen items afgerond in de laatste 12 maanden.',
  },
} as const;
