// What a person reads while another process (an import, a second bot) holds the database's write
// lock, and when their change could not wait for it: in Slack, and from `motie`. A back-up or
// `motie check` only reads a snapshot (WAL) and holds no change up.
export const DATABASE_BUSY = {
  /** Sent once when a change has to wait for the lock. */
  waiting: 'De database is even bezet door een ander proces (bijvoorbeeld een import). Je wijziging wordt doorgevoerd zodra dat kan; je krijgt dan bericht.',
  waitingTitle: 'Even geduld',
  /** The change did not happen: said plainly, with what to do. */
  gaveUp: (seconds: number) =>
    `Je wijziging is *niet* doorgevoerd: de database was langer dan ${seconds} seconden bezet door een ander proces. Er is niets veranderd. Probeer het over een paar minuten opnieuw; blijft het zo, meld het dan bij de beheerder.`,
  gaveUpTitle: 'Niet doorgevoerd',
  /** A form whose answer came after the lock: its remarks, on the modal that said "Even geduld". */
  notSaved: 'Niet opgeslagen',
  notSavedIntro: 'Je formulier is niet opgeslagen:',
  /** A `motie` command that waited for the lock in vain (exit 1). */
  cliGaveUp: 'De database bleef bezet door een ander proces (een import of de bot). Probeer het zo opnieuw.',
} as const;
