// Durations the way people say them in Dutch: "5 dagen", "3 weken", "ruim 2 maanden",
// "anderhalf jaar", "ruim 3 jaar", "bijna 4 jaar". Never "1124 dagen". Pure: a number of days in.

const DAYS_PER_MONTH = 365.25 / 12;
// Whole years counted in 365 days, so that 365 days is "1 jaar" and not "bijna 1 jaar".
const DAYS_PER_YEAR = 365;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 jaar", "anderhalf jaar", "3,5 jaar". */
function years(whole: number, half: boolean): string {
  if (!half) return `${whole} jaar`;
  return whole === 1 ? 'anderhalf jaar' : `${whole},5 jaar`;
}

/**
 * A duration of `days` (≥ 0) in words: days below two weeks, weeks below two months, months below
 * a year, then years. Rounded the way people round: "ruim" (a bit more), "bijna" (almost).
 */
export function formatDurationNl(days: number): string {
  const d = Math.abs(Math.round(days));
  if (d < 14) return plural(d, 'dag', 'dagen');
  if (d < 61) {
    const weeks = Math.floor(d / 7);
    const rest = d % 7;
    if (rest === 0) return `${weeks} weken`;
    return rest <= 3 ? `ruim ${weeks} weken` : `bijna ${weeks + 1} weken`;
  }
  if (d >= 335 && d < 365) return 'bijna 1 jaar';
  if (d < 335) {
    const exact = d / DAYS_PER_MONTH;
    const months = Math.floor(exact);
    const fraction = exact - months;
    if (fraction < 0.15) return `${months} maanden`;
    if (fraction < 0.75) return `ruim ${months} maanden`;
    return `bijna ${months + 1} maanden`;
  }
  const exact = d / DAYS_PER_YEAR;
  const whole = Math.floor(exact);
  const fraction = exact - whole;
  if (fraction < 0.05) return years(whole, false);
  if (fraction < 0.45) return `ruim ${years(whole, false)}`;
  if (fraction < 0.55) return years(whole, true);
  if (fraction < 0.8) return `ruim ${years(whole, true)}`;
  return `bijna ${years(whole + 1, false)}`;
}

/** "5 weken te laat", "ruim 3 jaar te laat"; 0 days is "op tijd". */
export function formatDelayNl(days: number): string {
  return days <= 0 ? 'op tijd' : `${formatDurationNl(days)} te laat`;
}
