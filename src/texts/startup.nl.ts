// What a person reads when motiebot starts, or refuses to (the reason printed after "motiebot kon niet starten: ").
export const STARTUP = {
  /** Before the reason on stderr. */
  failed: (reason: string) => `motiebot kon niet starten: ${reason}`,
  /** On stdout once the bot listens. */
  running: (url: string) => `motiebot draait: ${url}`,
  databaseCorrupt: (path: string, problem: string, backup: { path: string; when: string } | null) =>
    [
      `de database ${path} is beschadigd (PRAGMA quick_check: ${problem.slice(0, 200)}).`,
      'motiebot start niet: uit een beschadigde database zou hij verkeerde antwoorden en herinneringen geven.',
      `Bekijk wat er mis is met: motie check --db ${path}`,
      backup
        ? `De nieuwste reservekopie is ${backup.path} (${backup.when}). Zet die terug: stop motiebot, zet de kopie op de plaats van ${path} en verwijder ${path}-wal en ${path}-shm als die er staan.`
        : `Er staat geen reservekopie naast de database (of in een map backups/ ernaast). Maak er voortaan dagelijks een met: motie backup <bestand>`,
    ].join('\n'),
} as const;
