// What `/motie zoek` and `motie zoek` say of themselves in the help texts (src/verbs/zoek/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const ZOEK_HELP = {
  slack:
    '• `/motie zoek herstelrecht` — zoek in titels, teksten, de stand van zaken, indieners en Kamerstukken ("34843, nr. 79" of "34843-79").',
  usage:
    'motie zoek <woorden of Kamerstuk> [--code SOCW|OCW] [--status open|afgerond|vervallen] [--json]   zoek in titel, tekst, stand van zaken, indieners en Kamerstuk (ook meervoud en verbogen vormen)',
} as const;
