/**
 * Claims about people, and shares of them. The model is given the matrix and at most the
 * asker's own levels: nothing about teammates, teams, or how many use what. So "your teammate
 * priya uses it most" or "two thirds of your team" can only be made up, and a name written in
 * lower case escapes the check for unknown names: the claim itself is what gives it away.
 */
const CLAIMS: readonly RegExp[] = [
  // Someone in particular.
  /\b(?:team-?mates?|colleagues?|co-?workers?)\b/i,
  // What a team does or knows.
  /\b(?:of|on|in|across) (?:your|the|their|most|many) teams?\b/i,
  // A share in words ("ninety percent", "two thirds of"); "90 percent" is a figure, checked
  // against the excerpt like any other.
  /(?<!\d\s?)\bper ?cent\b/i,
  /\b(?:half|thirds?|quarters?|fifths?|tenths?|majority|minority) of\b/i,
];

/** Whether `prose` says something about people or their numbers that the prompt never held. */
export function claimsAboutPeople(prose: string): boolean {
  return CLAIMS.some((claim) => claim.test(prose));
}
