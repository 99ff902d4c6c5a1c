// What `/motie zoek` and `motie zoek` answer when there is nothing to search for (the results: slack/blocks/search.ts, cli/item-list.ts).

export const ZOEK_TEXT = {
  /** `/motie` answers (mrkdwn). */
  slack: {
    searchMissing: 'Waar zoek je naar? Bijvoorbeeld `/motie zoek herstelrecht` of `/motie zoek 34843-79`.',
    searchTooShort: 'Geef een zoekwoord van minstens 3 tekens, bijvoorbeeld `/motie zoek herstelrecht` of `/motie zoek 34843, nr. 79`.',
  },
  /** `motie` prints (plain text). */
  cli: {
    searchMissing: 'Waar zoek je naar? Bijvoorbeeld: motie zoek herstelrecht, of motie zoek "34843, nr. 79".',
    searchTooShort: 'Geef een zoekwoord van minstens 3 tekens, bijvoorbeeld: motie zoek herstelrecht, of motie zoek "34843, nr. 79".',
  },
} as const;
