// Parliamentary dates are calendar days in the Netherlands: every instant becomes a date here.
export const TIMEZONE = 'Europe/Amsterdam';
