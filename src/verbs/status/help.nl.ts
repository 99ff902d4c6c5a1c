// What `/motie status` says of itself in the help texts (src/verbs/status/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const STATUS_HELP = {
  slack:
    '• `/motie status` — alles wat openstaat voor de codes van dit kanaal: te laat, binnen 4 weken, later en zonder termijn. Ook: `/motie status SOCW`, `/motie status OCW`, `/motie status alles`; filters: `zonder termijn`, `later`, `moties`, `toezeggingen`, `afgerond`, `vervallen`, of een indiener (`/motie status Mutluer`).',
} as const;
