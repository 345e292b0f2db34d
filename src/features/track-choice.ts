// Whether a sentence that names a track chooses it, keeps the current one, or asks first.

/** Words a command may open with ("ok, please …"), and the polite form of one ("can you …"). */
const OPENING = "(?:(?:ok|okay|hey|please|pls)[, ]+)*";
const ASKING_YOU = "(?:can|could|would|will) you ";
/** A track's name in a command: up to four words ("the mlops engineer track"). */
const NAME = "(?:the )?(?:(?!to )[\\w.+-]+ ){0,3}[\\w.+-]+";
/**
 * Choosing a track outright, as a plain command and nothing else: "set my track to mlops",
 * "switch me to the mlops track", "my track is mlops", "make mlops my role". Said inside a
 * question or someone else's sentence ("should I switch my track to mlops?", "my manager wants
 * to switch me to mlops") it is asked about first.
 */
const TRACK_COMMAND = new RegExp(
  `^${OPENING}(?:${ASKING_YOU}(?:please )?)?(?:(?:set|change|switch|update) my (?:track|role) to ${NAME}|(?:switch|move|put|set) me (?:to|on|onto) ${NAME}|(?:set|make) ${NAME} (?:as )?my (?:track|role)|(?:switch|move|change) to ${NAME} track|my (?:track|role) is (?:now )?${NAME})(?:[, ]+(?:please|pls|plz|thanks|thank you|thx))*[ .!]*$`,
);
/** A polite request may end in a question mark: "can you set my track to mlops?". */
const POLITE_REQUEST = new RegExp(`^${OPENING}${ASKING_YOU}`);
/** "I don't want to change my track", "never set my track to mlops": the track stays. */
const REFUSES =
  /(?<!\bwhy )\b(dont|do not|never|wont|will not|no longer|rather not)( \w+){0,3} (set|change|switch|move|put|make|use)\b/;

/**
 * What a sentence that names a track does with it: switches to it ("set my track to mlops"),
 * keeps the current one ("I don't want to change my track to mlops") or asks first (anything
 * else). Takes `cueText`.
 */
export function trackChoiceIn(text: string): "switch" | "keep" | "ask" {
  if (REFUSES.test(text)) return "keep";
  const command = POLITE_REQUEST.test(text) ? text.replace(/[ ?]+$/, "") : text;
  return TRACK_COMMAND.test(command) ? "switch" : "ask";
}
