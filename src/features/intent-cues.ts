import type { Intent } from "./intent.ts";

export type IntentCue = {
  intent: Intent;
  pattern: RegExp;
  weight: number;
  /**
   * "named": counts only when the text names a skill, area or track ("I'm good at explaining
   * things" rates nothing). "nothing-named": only when it names none ("list the skills in
   * mlops" is about mlops, not the whole matrix).
   */
  needs?: "named" | "nothing-named";
  /** A statement, not a question: it does not count when the text also asks something. */
  statementOnly?: true;
  /**
   * The match may hold the topic itself ("my python is 3", "use the mlops track"), so it is not
   * blanked out of the text the topic is read from. Assumed for patterns with a `.{n,m}` wildcard.
   */
  holdsTopic?: true;
};

/**
 * How people phrase what they want, per intent. Patterns run on lowercased text with
 * apostrophes removed ("what's" → "whats"). A weight of 1 or more decides the intent on its
 * own; smaller weights only count when the text also names a skill, area or track.
 * Skill synonyms are not here: they come from the matrix.
 */
const SMALL_TALK =
  "(thanks?( you| a lot| so much)?|thank u|thx|ty|cheers|ok(ay)?|k|cool|nice|great|awesome|perfect|super|alright|sure|np|no worries|got it|sounds good|(that|this) (helps|helped)|(thats|very) helpful|lol|haha|bye|goodbye|see (you|ya)|cya|later|hi|hii|hello|hey|heya|yo|good (morning|afternoon|evening)|morning|gm|👍|🙏|🙌|👋|😊|🙂|❤️)( (there|skillbot|bot|again|a lot|so much))?";

export const INTENT_CUES: ReadonlyArray<IntentCue> = [
  // learning-path
  {
    intent: "learning-path",
    pattern: /\b(learning (path|plan)|study plan|roadmap|level(l?ing)? up|upskill)\b/,
    weight: 2,
  },
  {
    intent: "learning-path",
    pattern:
      /\b(what|waht|wat) (should|shoudl|shuold|shud|do|must) i (learn|lern|study|focus on|read|do|prioriti[sz]e)\b/,
    weight: 2,
  },
  {
    // Roles and goals: "how to become an ML engineer", "what skills do I need for MLOps".
    intent: "learning-path",
    pattern:
      /\b(where (to|do i|should i) (start|begin)|dont know where to start|(how (to|do i|can i)|want to|wanna|path to) become|becom(e|ing) an? |what skills (do i need|matter|are important|should)|(most|more) important skills|skills (that )?matter most|what should an? .{1,30} know|(which|what) skills should i (prioriti[sz]e|focus on|learn))/,
    weight: 2,
  },
  {
    // What to learn, for the person: "whats next for me", "recommend me something to learn".
    intent: "learning-path",
    pattern:
      /\b(whats next|what next|recommend .{0,20}(learn|study)|(things|something|stuff|skills?) to (learn|study|work on)|prioriti[sz]e|pick up next|skills (i|we|you) (need|should (have|know)))\b/,
    weight: 2,
  },
  {
    // The person's own path: "show my path", "what are my next steps", "my options for learning docker".
    intent: "learning-path",
    pattern: /\bmy (learning )?(path|next steps?|options|roadmap|study plan)\b/,
    weight: 2,
  },
  {
    // Order: "what comes after pandas", "prerequisites for kubernetes", "docker or kubernetes first".
    intent: "learning-path",
    pattern:
      /\b(comes? after|after learning|prerequisites?|prereqs?|before (learning|i learn|starting|i start|diving)|need to know before|which (one )?(first|before)|learn first|or .{1,40} first)\b/,
    weight: 2,
  },
  {
    intent: "learning-path",
    pattern:
      /\b(get|getting|be|become) (better|good|decent|stronger|solid|comfortable) (at|in|with)\b/,
    weight: 1.5,
  },
  {
    intent: "learning-path",
    pattern:
      /\b(how (do|can|should) i|how to|best way to|wanna|want to) (learn|improve|get (into|started|good|better)|master|study)\b/,
    weight: 1.5,
  },
  {
    intent: "learning-path",
    pattern:
      /\b(where (do|should) i start|start(ing)? with|get(ting)? into|get started|beginner|next steps?|learn next|focus on next)\b/,
    weight: 1,
  },
  {
    intent: "learning-path",
    pattern: /\b(learn|improve|study|resources?|tips|path|plan|grow|better)\b/,
    weight: 0.6,
  },
  // explain-skill
  {
    intent: "explain-skill",
    pattern:
      /\b(what (is|are|even is)|whats|explain|tell me (about|abt)|difference between|what does .{1,40} (do|mean)|how does .{1,30} work)\b/,
    weight: 1.2,
  },
  {
    intent: "explain-skill",
    pattern:
      /\b(vs\.?|versus|compared to|differen(t|ce)|diff|used for|good for|why (do|does|would|should) .{1,60}(need|matter|use|care)|why bother)\b/,
    weight: 1,
  },
  {
    // "what is ml model serving": "ml" qualifies the topic and is phrasing, like "what is".
    intent: "explain-skill",
    pattern: /^(what|whats) (is|are) (ml|machine learning|ai)(?= \w)/,
    weight: 1.2,
  },
  { intent: "explain-skill", pattern: /\b(why|mean|meaning|overview|intro)\b/, weight: 0.5 },
  // find-mentor
  {
    intent: "find-mentor",
    pattern:
      /\b(mentors?|mentoring|go-?to (person|guy|people)|pair (with|on)|who (on|in) (the|our|my) team)\b/,
    weight: 2,
  },
  {
    intent: "find-mentor",
    pattern: /\b(mentor me|(find|get|need|want|assign) (me )?a mentor|can mentor)\b/,
    weight: 1.5,
  },
  {
    intent: "find-mentor",
    pattern:
      /\b(who|anyone|anybody|someone|somebody)( here| on the team)? (knows?|can|could|is|has|good|strong|with|around|experienced|here|to)\b/,
    weight: 1.5,
  },
  {
    intent: "find-mentor",
    pattern:
      /\b(whos|who is|who are|is there anyone|need someone|looking for someone|expert (on|in) the team)\b/,
    weight: 1.5,
  },
  { intent: "find-mentor", pattern: /\b(who|anyone|anybody|someone|somebody)\b/, weight: 0.5 },
  // become-mentor: offering to mentor is `mentor on`, not a search for mentors
  {
    intent: "become-mentor",
    pattern:
      /(?<!\b(who|anyone|anybody|someone|somebody) (can|could|would|will|wants to|is willing to) )\b(be|become|becoming|being) an? mentor\b|\bmentor (others|people|someone|juniors|newcomers|new joiners|teammates|colleagues)\b|\b(offer|volunteer|sign up) (to mentor|as an? mentor)\b/,
    weight: 3,
  },
  // quiz
  {
    intent: "quiz",
    pattern:
      /\b(quiz|test (me|myself|my (knowledge|skills?|understanding|level))\b|ask me (something|a question|anything)|hit me with|challenge me|trivia|drill me)\b/,
    weight: 2.5,
  },
  {
    intent: "quiz",
    pattern:
      // Not "I have a question about docker" (a question for Skillbot), "best practice" or "in practice".
      /(?<!\b(have|got|quick|small|simple|dumb|stupid|silly|general|real) )\b(a|one|another|random) (hard |easy |tricky )?questions? (on|about|for|in)\b|(?<!\b(best|good|bad|common|standard|recommended|in|into|industry) )\bpracti[cs]e\b/,
    weight: 1.2,
  },
  {
    intent: "quiz",
    pattern:
      /^(give me |ask me |got |send me )?(a |another |one more |next )?(question|quiz question)( please| pls)?[!.? ]*$|^(another|another one|one more|next one|again)( please| pls)?[!.? ]*$/,
    weight: 3,
  },
  // rate
  {
    intent: "rate",
    pattern:
      /\b(rate me|rate myself|id rate|i would rate|put me (at|down|on)|mark me|bump me|set me (to|at|as)|move me (to|up))\b/,
    weight: 2,
  },
  {
    intent: "rate",
    pattern:
      /\b(set|update|change|lower|raise|bump|drop) (my|me)\b|\bset .{1,40} to [0-4]\b|\b(rating|level) to [0-4]\b/,
    weight: 2,
  },
  {
    // Self-ratings said plainly: "I'm pretty good at SQL", "my python is 3", "python: 4". Not
    // "confident in my sql query" (a thing, not a skill) nor "my docker image is 2 GB" (the
    // number must be the level, ending the clause).
    intent: "rate",
    pattern:
      /\b(im|i am|id say im|i would say im)( an?| pretty| really| very| quite| fairly| kinda| somewhat| still)* (good|great|decent|strong|weak|bad|solid|ok|okay|comfortable|confident|expert|beginner|novice|practitioner|proficient|advanced|intermediate|new|fluent|[0-4]) (at|in|with|on|to)\b(?! (my|the|this|that|these|those|our|your)\b)|\bi know (?:(?!(but|and|so|that|you\w*) )[\w.+#-]+ ){1,3}(well|a bit|a little|basics|the basics|inside out)\b|\bi know (a bit|a little|the basics|basics) (of|about)\b|\b(i have|ive|i) never (used|touched|tried|done)\b|\bmy ([\w.+#-]+ ){1,3}(is|level is|skills? (is|are)|rating is) (a |at )?[0-4]( ?\/ ?4| out of 4)?(?=[ .!]*$|[,;]| now\b)|^[a-z][\w .+#-]{0,30}: ?[0-4]$|\bim (a |at |at a )?[0-4] (in|at|on|with|for)\b/,
    // Below the learning-path cues: "I'm good at python, what should I learn next?" asks for a path.
    weight: 1.8,
    // "I'm bad at git merges, any tips?" asks for tips; "I'm ok with that" rates nothing.
    needs: "named",
    statementOnly: true,
    holdsTopic: true,
  },
  { intent: "rate", pattern: /\b(rate|rating)\b/, weight: 0.6 },
  // forget-rating: there is no deleting one rating; rating again replaces it
  {
    intent: "forget-rating",
    pattern:
      /\b(forget|delete|remove|clear|reset|erase|undo|drop) (my |the |that )?.{0,30}(rating|level|score)s?\b/,
    weight: 3,
  },
  // profile
  {
    intent: "profile",
    pattern:
      /\bmy (profile|skills|ratings|gaps|progress|levels|strengths|weak(nesses|est)?|stats so far)\b/,
    weight: 2,
  },
  {
    intent: "profile",
    pattern:
      /\b(where am i|how am i doing|have i (not )?rated|not rated yet|am i weakest|(show (me )?|what are )my(?! (learning )?(path|next|options|roadmap|study plan))|my level in|my rating (in|for))\b/,
    weight: 2.5,
  },
  { intent: "profile", pattern: /\bwhat (did|do) i (rate|have)\b/, weight: 3 },
  {
    intent: "profile",
    pattern: /\bwhat am i (good|bad|best|worst|strong|weak|strongest|weakest|great) (at|in)\b/,
    weight: 3,
  },
  // track: which track, and choosing one ("set my track to mlops", "use the mlops track").
  // "Track" the noun only: not the verb ("mlflow to track experiments") nor "track record".
  {
    intent: "track",
    pattern:
      /\b(which|what) tracks?\b(?! record)|\btracks (are there|do you have|exist)|\bmy (current )?track\b(?! record)|\b(list|show)( me)?( all| the)? tracks\b|\b(set|change|switch|use|pick|choose|select) (my |the |an? )?(?:(?!to )[\w.+-]+ ){0,3}track\b(?! record)|\b(switch|move|put|set) me (to|on|onto) (the )?(?:(?!to )[\w.+-]+ ){1,3}track\b|\b(switch|move|change) to (the )?(?:(?!to )[\w.+-]+ ){1,3}track\b|\b(my|the) track to\b/,
    weight: 3,
    holdsTopic: true,
  },
  // overview: what the matrix holds. "What is ml" only as the whole question: "what is ml model
  // serving" is about model serving.
  {
    intent: "overview",
    pattern:
      /\b(what|which) (skills|areas|topics)( (are there|do you (know|have|cover)|exist|can i (learn|ask about)))\b|\b(list|show)( me)?( all| the| your)* (skills|areas|skill matrix|matrix|topics)\b|\bwhats in the (skill )?matrix\b|^(what|whats) (is|are) (ml|machine learning|ai|the skill matrix)[ ?!.]*$/,
    weight: 3,
    needs: "nothing-named",
  },
  // help
  {
    intent: "help",
    pattern:
      /\b(what can you do|how (do|can) i use (this|you|skillbot|the bot)|what commands|list of commands|commands are there|what is skillbot|whats skillbot|skillbot for|what (kind of|sort of)? ?(stuff|things) can i ask|what can i ask|how does (this|this thing|this bot|it|skillbot) work|what do you do|who are you|what are you)\b/,
    weight: 3,
  },
  { intent: "help", pattern: /^\s*(help|commands|usage|\?)\s*[!?.]*\s*$/, weight: 3 },
  { intent: "help", pattern: /\b(help|this bot|you)\b/, weight: 0.4 },
  {
    // A newcomer saying hello: what Skillbot can do is the useful answer.
    intent: "help",
    pattern: /\bim new (here|to (the|this|our) (team|company|group))\b/,
    weight: 3,
    statementOnly: true,
  },
  // small-talk: thanks, acknowledgements and greetings get a short friendly reply. A short run of
  // them ("ok thanks!", "perfect, thank you") and nothing else: "ok so how do I…" is a question.
  {
    intent: "small-talk",
    pattern: new RegExp(`^${SMALL_TALK}([ ,!.]*${SMALL_TALK}){0,3}[ !.?]*$`, "u"),
    weight: 3,
  },
];

/**
 * Choosing a track outright, as a command: "set my track to mlops", "switch me to the mlops
 * track", "make mlops my track". Other track choices in free text ("use the mlops track",
 * "use the mlops track as an example") are asked about first.
 */
export const SETS_TRACK_OUTRIGHT =
  /\b(set|change|switch) (my )?track to\b|\b(switch|move|put|set) me (to|on|onto) (the )?(?:(?!to )[\w.+-]+ ){1,3}track\b|\b(set|make) (?:(?!to )[\w.+-]+ ){1,3}(as )?my track\b|^(please )?(switch|move|change) to (the )?(?:(?!to )[\w.+-]+ ){1,3}track\b/;

/** The text also asks something: a plain statement in it ("I know pandas well") is context. */
export const ASKS_SOMETHING =
  /\?|\b(how|why|what|whats|which|where|when|explain|tips?|advice|worth|should|can you|could you|pick up)\b/;
