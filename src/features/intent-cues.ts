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
  /**
   * Phrasing only when the rest still names something: "ml" qualifies "ml model serving" but is
   * part of "what is ML engineer" (a track's name).
   */
  qualifier?: true;
};

/**
 * How people phrase what they want, per intent. Patterns run on lowercased text with
 * apostrophes removed ("what's" → "whats"). A weight of 1 or more decides the intent on its
 * own; smaller weights only count when the text also names a skill, area or track.
 * Skill synonyms are not here: they come from the matrix.
 */
const SMALL_TALK =
  "(thanks?( you| a lot| so much)?|thank u|thx|ty|cheers|ok(ay)?|k|cool|nice|great|awesome|perfect|super|alright|sure|np|no worries|got it|sounds good|(that|this) (helps|helped)|(thats|very) helpful|lol|haha|bye|goodbye|see (you|ya)|cya|later|hi|hii|hello|hey|heya|yo|good (morning|afternoon|evening)|morning|gm|(youre|you are|ur|u r) (the best|awesome|amazing|great|brilliant|a star|a legend|a lifesaver)|you rock|legend|lifesaver|👍|🙏|🙌|👋|😊|🙂|❤️)( (there|skillbot|bot|again|a lot|so much))?";

/** A level said in words ("pretty basic", "very good"), as the level-word table in ask.ts reads them. */
const LEVEL_SAID =
  "(?:(?:pretty|really|very|quite|fairly|kinda|somewhat|still) )?(?:none|beginner|novice|newbie|basic|weak|bad|ok|okay|decent|intermediate|comfortable|good|great|strong|solid|advanced|proficient|fluent|expert)";

/** What is owned, not known: "my docker image is good" is about the image. */
const THING =
  "(?:image|container|code|query|script|setup|cluster|project|model|notebook|repo|pipeline|app|server|file|version|laptop|team|job|service|config|build|test|tests)";

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
    // Someone new's start, asked by a lead: "where should they start?", "what should he learn".
    intent: "learning-path",
    pattern:
      /\b(where (should|do|would|can|could) (they|he|she|new \w+|someone|somebody) (start|begin)|what should (they|he|she|someone|somebody) (learn|study|focus on|read))\b/,
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
    // "What's next" mistyped: "wats next", "wat next".
    intent: "learning-path",
    pattern:
      /\b(wats|whts|wat|waht|whta)s? next\b(?! (week|month|year|time|day|weekend|quarter|sprint|tomorrow)s?\b)/,
    weight: 2,
  },
  {
    // Next for the person, in any order: "what is for me next", "wat is next for me". Only with
    // nothing else named: "what is next step for me in mlops" asks where they stand in the track.
    intent: "learning-path",
    pattern:
      /^(?=.*\b(what|whats|wat|wats|waht|which)\b)(?=.*\b(me|my)\b).*\bnext\b(?! (week|month|year|time|day|weekend|quarter|sprint|tomorrow)s?\b)/,
    weight: 2,
    needs: "nothing-named",
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
      /\b(comes? (next )?after|after learning|prerequisites?|prereqs?|before (learning|i learn|starting|i start|diving)|need to know before|which (one )?(first|before)|learn first|or .{1,40} first)\b/,
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
    // "what is ml model serving": a field's initials before a name qualify it, like "what is".
    intent: "explain-skill",
    pattern: /^(what|whats) (is|are) (ml|machine learning|ai)(?= \w)/,
    weight: 1.2,
    qualifier: true,
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
  // become-mentor: offering to mentor is `mentor on`, not a search for mentors. Somebody else
  // becoming one ("anyone willing to be a mentor for python?") is a search.
  {
    intent: "become-mentor",
    pattern:
      /(?<!\b(who|anyone|anybody|someone|somebody|any of you)\b[^.?!,;]{0,30})\b(be|become|becoming|being) an? mentor\b|\bmentor (others|people|someone|juniors|newcomers|new joiners|teammates|colleagues)\b|\b(offer|volunteer|sign up) (to mentor|as an? mentor)\b/,
    weight: 3,
  },
  {
    // How mentoring works is the how-to, not a list: "how are mentors chosen".
    intent: "become-mentor",
    pattern:
      /\bhow (are|do|does|is|get) (the )?(mentors?|mentoring)( \w+)? (chosen|picked|selected|listed|assigned|decided|matched|found|work|works)\b/,
    weight: 3,
  },
  // mentor-on / mentor-off: opting in or out in plain words, confirmed with a button
  {
    intent: "mentor-on",
    pattern:
      /\b(sign|put|add|list|register|enrol|enroll|mark) me (up )?(as|to|on|onto|in|for) (the |a |an )?(mentors?|mentor list|mentoring)\b|\b(turn|switch) (on|up) mentoring\b|\b(turn|switch) mentoring on\b|\benable mentoring\b|\bopt (me )?in (to |as )?(an? )?mentor|\bmake me an? mentor\b/,
    weight: 4,
  },
  {
    intent: "mentor-off",
    pattern:
      /\b(stop|quit) (listing|showing|having) me( as)?( an?)? mentors?\b|\b(stop|quit) (being an? mentor|mentoring)\b(?! me)|\b(remove|take|delete|drop|unlist|unregister) me (from|off|out of) (the )?(mentors?|mentor list|mentoring)\b|\b(turn|switch) off mentoring\b|\b(turn|switch) mentoring off\b|\bdisable mentoring\b|\bopt (me )?out (of )?(being )?(an? )?mentor|\b(dont|do not|no longer) want to (be an? mentor|mentor)\b|\bno longer (be )?an? mentor\b|\bnot (be )?an? mentor anymore\b/,
    weight: 4,
  },
  // quiz
  {
    intent: "quiz",
    pattern:
      /\b(quiz+(e?s)?|qiuz|quzi|qiz|quz|(test|tst|tets|tset) (me|myself|my (knowledge|skills?|understanding|level))\b|ask me (something|a question|anything)|hit me with|challenge me|trivia|drill me)\b/,
    weight: 2.5,
  },
  {
    // "test my pandas knowledge", "ask me some stats questions": the words around the topic.
    intent: "quiz",
    pattern:
      /\btest my(?= (?:[\w.+#-]+ ){1,3}(knowledge|skills?|understanding)\b)|\b(ask|give|send) me (some|a few|few|[0-9]+|a couple( of)?|more|a bunch of)?(?= ?(?:[\w.+#-]+ ){0,3}questions?\b)/,
    weight: 2.5,
  },
  {
    intent: "quiz",
    pattern: /(?<=\btest my (?:[\w.+#-]+ ){1,3})(knowledge|skills?|understanding)\b/,
    weight: 1,
  },
  {
    // "don't quiz me on math", "no more quizzes": a quiz declined is not one started.
    intent: "no-quiz",
    pattern:
      /\b(dont|do not|no|no more|stop|never|not now|without|enough)( \w+){0,2} (quiz+(e?s|ing)?)\b|\b(no more|stop asking( me)?|enough( \w+)?) questions\b/,
    weight: 4,
    statementOnly: true,
  },
  {
    intent: "quiz",
    pattern:
      // Not "I have a question about docker" (a question for Skillbot), "best practice" or "in practice".
      // A count or amount of questions on something is asked for: "3 questions on numpy".
      /(?<!\b(have|got|quick|small|simple|dumb|stupid|silly|general|real) )\b(a|one|another|random|a random|some|a few|few|more|a couple( of)?|[0-9]+|two|three|four|five|ten) (hard |harder |easy |easier |tricky |quick |short |more )?questions? (on|about|for|in)\b|(?<!\b(best|good|bad|common|standard|recommended|in|into|industry) )\bpracti[cs]e\b/,
    weight: 1.2,
  },
  {
    intent: "quiz",
    pattern:
      /^(give me |ask me |got |send me )?(a |another |one more |next |a random |random )?(question|quiz question)( please| pls)?[!.? ]*$|^(another|another one|one more|next one|again)( please| pls)?[!.? ]*$/,
    weight: 3,
  },
  {
    // Skillbot asked for its questions: "do you have questions about git?", "got any questions on sql".
    intent: "quiz",
    pattern:
      /\b(do|does|have|got|can) (you|u|skillbot)( have| got| give me)? (any |some |more )?(quiz )?questions? (on|about|for|in)\b|^(got |any )(any |more )?(quiz )?questions? (on|about|for|in)\b/,
    weight: 2.5,
  },
  {
    // Right after a question, the level asked of the next: "harder", "an easier one please".
    intent: "quiz",
    pattern:
      /^(make it |can i (get|have) )?(an? |something |one )?(harder|easier|tougher|trickier|simpler|more difficult|less difficult|more challenging)( one| question| ones| questions)?( please| pls)?[!.? ]*$/,
    weight: 3,
  },
  {
    // Right after a question, what it was: "too easy" (a harder one next), "that was way too hard".
    intent: "quiz",
    pattern:
      /^((that|this|it) (was|is) |thats |its )?(way |much |far |a bit |a little )?too (easy|simple|basic|hard|difficult|tough|advanced)( for me)?( lol)?[!.? ]*$/,
    weight: 3,
  },
  {
    // The same without "too", said of the question: "that was hard", "wow that one was tough".
    // Only the whole message: "that was hard to read" is about something else.
    intent: "quiz",
    pattern:
      /^((wow|phew|ugh|oof|man|omg|ok|okay|hmm)[,!.]? )?(that|this|it)( one| question)? (was|is) (really |so |pretty |quite |very |super |kinda |a bit )?(easy|simple|hard|difficult|tough|tricky)( lol)?[!.? ]*$/,
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
      /\b(set|update|change|lower|raise|bump|drop) (my|me)\b(?! (role|track|career|job|position|speciali[sz]ation)\b)|\bset .{1,40} to [0-4]\b|\b(rating|level) to [0-4]\b/,
    weight: 2,
  },
  {
    // Self-ratings said plainly: "I'm pretty good at SQL", "my python is 3", "python: 4". Not
    // "confident in my sql query" (a thing, not a skill) nor "my docker image is 2 GB" (the
    // number must be the level, ending the clause).
    intent: "rate",
    pattern:
      /\b(im|i am|id say im|i would say im)( an?| pretty| really| very| quite| fairly| kinda| somewhat| still)* (good|great|decent|strong|weak|bad|solid|ok|okay|comfortable|confident|expert|beginner|novice|practitioner|proficient|advanced|intermediate|new|fluent|[0-4]) (at|in|with|on|to)\b(?! (my|the|this|that|these|those|our|your)\b)|\bi know (?:(?!(but|and|so|that|you\w*) )[\w.+#-]+ ){1,3}(well|a bit|a little|basics|the basics|inside out)\b|\bi know (a bit|a little|the basics|basics) (of|about)\b|\b(i have|ive|i) never (used|touched|tried|done)\b|\bmy ([\w.+#-]+ ){1,3}(is|level is|skills? (is|are)|rating is) (a |at )?(level )?[0-4]( ?\/ ?4| out of 4)?(?=[ .!]*$|[,;]| now\b)|^[a-z][\w .+#-]{0,30}: ?[0-4]$|\bim (a |at |at a )?(level )?[0-4] (in|at|on|with|for)\b|\bim (an? )?level [0-4] (?:[\w.+#-]+ ){1,3}(person|guy|gal|dev|developer|engineer|user|programmer|coder)\b/,
    // Below the learning-path cues: "I'm good at python, what should I learn next?" asks for a path.
    weight: 1.8,
    // "I'm bad at git merges, any tips?" asks for tips; "I'm ok with that" rates nothing.
    needs: "named",
    statementOnly: true,
    holdsTopic: true,
  },
  {
    // A level given as a rubric word or digit: "put python at practitioner", "set git to expert".
    intent: "rate",
    pattern:
      /\b(put|set|mark|move|bump|change|update) (my )?(?:[\w.+#-]+ ){1,3}(at|to|as) (an? )?(level )?(none|aware|working|practitioner|expert|beginner|intermediate|advanced|[0-4])\b/,
    weight: 2,
    needs: "named",
    statementOnly: true,
    holdsTopic: true,
  },
  {
    // A level for the skill named, said last: "no, docker was right but make it 3". Not
    // "make it 2 pm": the level ends the text.
    intent: "rate",
    pattern:
      /\b(make|change|set|put) (it|that|this)( to| at| as)? (an? )?(level )?[0-4](?=[ .!]*$)/,
    weight: 2,
    needs: "named",
    statementOnly: true,
  },
  {
    // Levels said in words beside a skill, as a statement of one's own: "docker: beginner", "my
    // pytorch is basic", "sql is ok I guess", "never touched kubernetes", and a list of them,
    // "numpy good, pandas very good, statistics weak". Not "sql is ok for this?" nor "python is
    // great" (about the thing, not oneself): without "my" it takes a hedge and ends the text.
    intent: "rate",
    pattern: new RegExp(
      [
        String.raw`^[a-z][\w .+#-]{0,30}: ?${LEVEL_SAID}[.! ]*$`,
        String.raw`\bmy (?:[\w.+#-]+ ){1,3}(?<!\b${THING} )(?:is|skills? (?:is|are)) ${LEVEL_SAID}(?=[ .!]*$|[,;]| (?:i guess|i think|tbh|i suppose)\b)`,
        String.raw`^(?:[\w.+#-]+ ){1,3}is ${LEVEL_SAID} (?:i guess|i think|tbh|i suppose|id say|probably)[.! ]*$`,
        String.raw`^never (?:used|touched|tried|done) (?:[\w.+#-]+ ?){1,3}[.! ]*$`,
        String.raw`^(?:[\w.+#-]+ ){1,3}${LEVEL_SAID}(?:(?:, ?| and |; ?)(?:[\w.+#-]+ ){1,3}${LEVEL_SAID})+[.! ]*$`,
      ].join("|"),
    ),
    weight: 2,
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
    // How their quizzes went ("my quiz results", "how did I do on the quiz?", "stats from the
    // last quiz"): the profile holds their quiz record. Above the quiz cue: no new question.
    intent: "profile",
    pattern:
      /\bquiz+(e?s)? (results?|scores?|stats(?! questions?\b)|history|record)\b|\b(results?|stats|scores?|marks?) (from|of|for|on|in) (the|my|that|this|those|these|todays)( (last|latest|recent|previous|daily))?( [\w.+#-]+)? quiz+(e?s)?\b|\bhow (did|have|am) i (do|done|doing|score|scored|go|gone|going|fare|fared) (on|in|with|at) ((the|my|that|this|those|these|todays)( (last|latest|recent|previous|daily))?( [\w.+#-]+)? )?quiz+(e?s)?\b/,
    weight: 4,
  },
  {
    // Gaps and weak spots of the person, in any order: "what is gaps of me", "which skill is weak for me".
    intent: "profile",
    pattern:
      /^(?=.*\b(me|my)\b).*\bgaps?\b|\bweak(est)?( (skills?|areas?|spots?|points?))? (for|of) me\b/,
    weight: 2,
    // "what are my gaps for mlops" is about that track: its own cues and the named topic decide.
    needs: "nothing-named",
  },
  {
    // "gaps for mlops", "gaps against the ml engineer track": the person's own, against it.
    intent: "profile",
    pattern: /\bgaps? (for|against|to|on|in|vs|versus|compared (to|with)|towards?) /,
    weight: 2,
    needs: "named",
  },
  { intent: "profile", pattern: /\bgaps? (do|would) i have\b|\bi have gaps?\b/, weight: 2 },
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
      /\b(which|what) tracks?\b(?! record)|\btracks (are there|do you have|exist)|\bmy (current )?track\b(?! record)|\b(list|show)( me)?( all| the)? tracks\b|\b(set|change|switch|use|pick|choose|select) (my |the |an? )?(?:(?!to )[\w.+-]+ ){0,3}track\b(?! record)|\b(switch|move|put|set) me (to|on|onto) (the )?(?:(?!to )[\w.+-]+ ){1,3}track\b|\b(switch|move|change) to (the )?(?:(?!to )[\w.+-]+ ){1,3}track\b|\b(my|the) track to\b|\b(set|change|switch|update|pick|choose) (my |the )?(role|career( path)?|job title|speciali[sz]ation)\b|\bmy (role|career path|job title) (is|to)\b/,
    weight: 3,
    holdsTopic: true,
  },
  {
    // "switch me to mlops": with no "track", only when something is named.
    intent: "track",
    pattern: /^(please )?(switch|move) me (to|on|onto) /,
    weight: 1.5,
    needs: "named",
  },
  // overview: what the matrix holds. "What is ml" (the matrix's own name) is `namesTheMatrix`.
  {
    intent: "overview",
    pattern:
      /\b(what|which) (skills|areas|topics)( (are there|do you (know|have|cover)|exist|can i (learn|ask about)))\b|\b(list|show)( me)?( all| the| your)* (skills|areas|skill matrix|matrix|topics)\b|\bwhats in the (skill )?matrix\b|^(what|whats) (is|are) (the|this|your) (skill )?matrix[ ?!.]*$/,
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
  {
    // "hi what is this", "what can this bot do": about Skillbot itself.
    intent: "help",
    pattern:
      /\bwhat (is|does) this( (bot|thing|app|tool))?( do)?[ ?!.]*$|\bwhat (can|does) (this|the) (bot|thing|app|tool) do\b/,
    weight: 3,
  },
  { intent: "help", pattern: /\b(help|this bot|you)\b/, weight: 0.4 },
  {
    // A newcomer saying hello: what Skillbot can do is the useful answer.
    intent: "help",
    pattern: /\bim new (here|to (the|this|our) (team|company|group))\b/,
    weight: 3,
    statementOnly: true,
  },
  // assent: a bare "yes", "sure" or "ok" saves nothing (there is no conversation state), so the
  // reply says a confirmation needs its button rather than sounding like one was accepted.
  {
    intent: "assent",
    pattern:
      /^(yes|yess+|yeah|yea|yep|yup|ya|y|sure|ok|okay|k|kk|alright|all right|right|correct|confirm(ed)?|go ahead|do it|please do|save( it)?|sounds good|of course|definitely|absolutely)([ ,]+(yes|sure|please|pls|go ahead|do it|save it|ok|okay|thats right))*[ !.]*$/,
    weight: 3.5,
  },
  // small-talk: thanks, acknowledgements and greetings get a short friendly reply. A short run of
  // them ("ok thanks!", "perfect, thank you") and nothing else: "ok so how do I…" is a question.
  {
    intent: "small-talk",
    pattern: new RegExp(`^${SMALL_TALK}([ ,!.]*${SMALL_TALK}){0,3}[ !.?]*$`, "u"),
    weight: 3,
  },
];

/** The text also asks something: a plain statement in it ("I know pandas well") is context. */
export const ASKS_SOMETHING =
  /\?|\b(how|why|what|whats|which|where|when|explain|tips?|advice|worth|should|can you|could you|pick up)\b/;

/**
 * Someone else new is who would learn: "my new hire starts monday, what should they learn
 * first?", "and for someone joining mlops?". Their path is the general one, not the asker's own;
 * "I'm a new hire, what should I learn?" is the asker's.
 */
const NEWCOMER =
  /\b(new (hires?|joiners?|starters?|team ?mates?|colleagues?|members?|engineers?|devs?|people|person|guys?)|newcomers?|(some(one|body)|people|anyone|a person) (joining|new to|starting (on|in)))\b/;
const ASKER_LEARNS = /\b(im|i am|should i|do i|can i|must i|for me|i need|i just joined)\b/;

export function asksForSomeoneNew(text: string): boolean {
  return NEWCOMER.test(text) && !ASKER_LEARNS.test(text);
}
