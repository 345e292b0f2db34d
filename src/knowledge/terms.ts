/**
 * How text is cut into terms, shared by the matrix index and the questions people type, so
 * "CI/CD", "c++" and "scikit-learn" mean the same on both sides.
 */

/**
 * Lowercase words in any script, keeping the symbols that are part of tech names (c++, ci/cd,
 * c#, tf.keras, a/b). Letters, combining marks (Devanagari vowel signs, Arabic harakat) and
 * digits of every script make words, so "Выпечка" or "機械学習" can be typed back. Zero-width
 * joiners, which keyboards put inside Persian or Indic words or not, are dropped; a final ς is
 * a σ, as in Unicode case folding.
 */
export function tokenize(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’'\u200c\u200d]/g, "")
    .replace(/ς/g, "σ")
    .split(/[^\p{L}\p{M}\p{N}+#/.&-]+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[.&/-]+$/gu, ""))
    .filter((token) => token.length > 0);
}

/** Words that carry no topic: dropped before fuzzy matching so "help" never finds "helm". */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above actually after again all also am an and any anyone anything are as ask at be because been
  before being best better between both but by can could did do does doing dont done down each else even
  ever every exactly few for from get gets getting give go going good got had has have having he her here
  hers him his how i id if im in into is isnt it its ive just know knows like lot lots make me mine more
  most much my need needs new next no not now of off on one only or other our out over own please pls put
  really right same see set should so some someone something start still stuff such than that thats the
  their them then there these they thing things this those through to too up us use used using very
  want wanna was we well were what whats when where which while who whos why will with would you your
  rn tbh lol level levels rate rating skill skills learn learning quiz question questions me team help
  tell show mean means way ways work works working diff difference vs versus plain basically
  data model models ml machine ai engineer engineers engineering code myself yourself
  track tracks matrix`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/**
 * Names of tools that are also everyday chat ("who is ray", "r u there", "a solid grasp of",
 * "np thanks"): alone in a message they name the tool, elsewhere only beside a tech word.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  "r ray solid feast cart roi np go rust swift ruby julia dash flask beam hive storm".split(" "),
);

/** Words that make a neighbouring everyday word a tool's name: "ray cluster", "set up feast". */
export const TECH_CONTEXT: ReadonlySet<string> = new Set(
  `framework frameworks library libraries package packages language lang programming principles
  principle cluster clusters algorithm algorithms api sdk install installed installing setup
  configure use using used docs tutorial tutorials script scripts vs versus code`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/**
 * Left by the routing where a request's wording was ("quiz me on cloud" is read as
 * "<REQUEST_TOPIC> cloud": see intent.ts), so that what follows is read as a name asked about.
 * A word nobody types: a plain "about" would make "I'm worried about ray" name Ray.
 */
export const REQUEST_TOPIC = "skillbotrequesttopic";

/**
 * Words just before an everyday word that ask or tell about it as a thing to know or use ("what
 * is ray", "setting up feast", "who knows helm", "I'm good at go"), or that ask for something
 * on it ("teach me statistics", "resources for communication", "get into cloud"), or rate
 * oneself in it ("decent at swift", "weak at go"), as typed and
 * tokenized; and REQUEST_TOPIC, which the routing leaves where a request's wording was.
 */
export const ASKING_ABOUT: readonly (readonly string[])[] = `what is|whats|what are|tell me about
  |explain|learn|learning|study|studying|install|installing|setting up|set up|using|use|try|trying
  |what about|how about|know|knows|knew|know about|knows about|experience with|experience in
  |experienced with|experienced in|expert in|expert at|good at|good with|better at|great at|bad at
  |strong in|new to|adopt|adopting|adopted|mentor for|mentor in|mentor on|mentors for|help with
  |${REQUEST_TOPIC}|teach me|teach us|teaches|resources for|resources on|materials for|courses on
  |courses for|path for|roadmap for|plan for|get into|getting into|improve|improve my|improving|quiz on
  |quiz me on|questions on|questions about|test me on|mentor|mentors in|mentors on|teach me about
  |teach us about|learn about|learning about|learn more about|read about|resources about
  |decent at|decent with|weak at|weak in|weak with|solid at|solid in|solid with|okay at|ok at
  |strong at|strong with|proficient in|proficient at|fluent in|comfortable with|confident with
  |confident in|rusty at|rusty with|rusty in|great with|bad with|beginner at|beginner in`
  .split("|")
  .map((phrase) => phrase.trim().split(" "));

/** Words that make a message a rating, so a level beside an everyday word makes it a skill: "my go is 3". */
export const RATING_WORDS: ReadonlySet<string> = new Set([
  "rate",
  "rated",
  "rating",
  "level",
  "lvl",
]);

/**
 * Words just after an everyday word that weigh it up or ask for something on it as a thing to
 * learn: "is R worth learning", "statistics path", "any good cloud resources?", "torch quiz".
 */
export const WEIGHED_UP: ReadonlySet<string> = new Set(
  "worth path paths roadmap resources materials courses quiz quizzes mentor mentors".split(" "),
);

/**
 * Words before an everyday word that make it describe the speaker: "I'm solid at python",
 * "I am pretty solid", with the small words people put between.
 */
export const ABOUT_THE_SPEAKER: ReadonlySet<string> = new Set(["im", "am"]);
export const DEGREE_WORDS: ReadonlySet<string> = new Set(
  "pretty quite very fairly really reasonably super so rather".split(" "),
);

/**
 * Words for what is done with a tool rather than a tool: "deploy", "monitor", "production". A
 * name made of these alone ("deploy", "in production") is the topic only when no tool is named:
 * "how do I deploy airflow" is about Airflow, "how do I deploy my model" about deployment.
 */
export const ACTIVITY_WORDS: ReadonlySet<string> = new Set(
  `deploy deploying deployed deployment deployments serve serving served monitor monitoring
  monitored production prod productionize productionise productionizing productionising`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

const SUFFIXES = [
  "ations",
  "ation",
  "ating",
  "ated",
  "ates",
  "ate",
  "ings",
  "ing",
  "ions",
  "ion",
  "ers",
  "er",
  "ed",
  "ies",
  "es",
  "s",
];

/**
 * A deliberately light English stemmer: enough for "collaborating" ~ "collaboration", no
 * surprises. Words with any letter beyond a-z (other scripts, accents) are left as typed.
 */
export function stem(term: string): string {
  if (term.length <= 4 || /[^a-z]/.test(term)) return term;
  for (const suffix of SUFFIXES) {
    if (term.endsWith(suffix) && term.length - suffix.length >= 4)
      return term.slice(0, -suffix.length);
  }
  return term;
}

/** The normalised form of a whole name or alias, for exact look-ups. */
export function normalisePhrase(text: string): string {
  return tokenize(text).join(" ");
}

/** Edit distance counting a swap of neighbours as one edit ("pyhton" is one typo from "python"). */
export function typoDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * Whether `typed` is `known` mistyped. In a short word one changed letter usually makes another
 * word ("stars" is not "stats", "space" is not "spacy"), while a swapped, missing or extra
 * letter is still a typo ("sprak", "dockr").
 */
export function isTypoOf(typed: string, known: string): boolean {
  const allowed = typosAllowed(typed);
  if (allowed === 0 || typoDistance(typed, known) > allowed) return false;
  if (typed.length > 5 || typed.length !== known.length) return true;
  return [...typed].filter((letter, i) => letter !== known[i]).length !== 1;
}

/** Scripts whose every character is a syllable or a word: one wrong makes another word, not a typo. */
const SYLLABLE_PER_CHARACTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Typos forgiven in a word: none in short words, where one edit makes another word, nor in CJK. */
export function typosAllowed(word: string): number {
  if (SYLLABLE_PER_CHARACTER.test(word)) return 0;
  return word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
}

const WITHOUT_SPACES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** True when `text` has a script written without spaces between words, so one token can hold several. */
export function writtenWithoutSpaces(text: string): boolean {
  return WITHOUT_SPACES.test(text);
}
