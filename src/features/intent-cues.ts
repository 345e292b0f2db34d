import type { Intent } from "./intent.ts";

/**
 * How people phrase what they want, per intent. Patterns run on lowercased text with
 * apostrophes removed ("what's" → "whats"). A weight of 1 or more decides the intent on its
 * own; smaller weights only count when the text also names a skill, area or track.
 * Skill synonyms are not here: they come from the matrix.
 */
export const INTENT_CUES: ReadonlyArray<{ intent: Intent; pattern: RegExp; weight: number }> = [
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
      /\b(whats next|what next|recommend .{0,20}(learn|study)|(things|something|stuff|skills?) to (learn|study|work on)|prioriti[sz]e)\b/,
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
      /\b(a|one|another|random) (hard |easy |tricky )?questions? (on|about|for|in)\b|\b(practice|practise)\b/,
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
    // Self-ratings said plainly: "I'm pretty good at SQL", "my python is 3", "python: 4".
    intent: "rate",
    pattern:
      /\b(im|i am|id say im|i would say im)( an?| pretty| really| very| quite| fairly| kinda| somewhat| still)* (good|great|decent|strong|weak|bad|solid|ok|okay|comfortable|confident|expert|beginner|novice|practitioner|proficient|advanced|intermediate|new|fluent|[0-4]) (at|in|with|on|to)\b|\bi know .{1,30} (well|a bit|a little|basics|inside out)\b|\bi know (a bit|a little|the basics|basics) (of|about)\b|\b(i have|ive|i) never (used|touched|tried|done)\b|\bmy .{1,30} (is|level is|skills? (is|are)) (a )?[0-4]\b|^[a-z][\w .+#-]{0,30}: ?[0-4]$|\bim (a |at )?[0-4] (in|at|on|with|for)\b/,
    // Below the learning-path cues: "I'm good at python, what should I learn next?" asks for a path.
    weight: 1.8,
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
      /\b(where am i|how am i doing|have i (not )?rated|not rated yet|am i weakest|show (me )?my|what are my|my level in|my rating (in|for))\b/,
    weight: 2.5,
  },
  { intent: "profile", pattern: /\bwhat (did|do) i (rate|have)\b/, weight: 3 },
  {
    intent: "profile",
    pattern: /\bwhat am i (good|bad|best|worst|strong|weak|strongest|weakest|great) (at|in)\b/,
    weight: 3,
  },
  // track: which track, and choosing one ("set my track to mlops", "use the mlops track")
  {
    intent: "track",
    pattern:
      /\b(which|what) tracks?\b|\btracks (are there|do you have|exist)|\bmy (current )?track\b|\b(list|show)( me)?( all| the)? tracks\b|\b(set|change|switch|use|pick|choose|select) (my |the |a )?(track|.{1,30} track)\b|\b(switch|move|change|set) (me )?to (the )?.{1,30} track\b|\btrack to\b/,
    weight: 3,
  },
  // overview: what the matrix holds
  {
    intent: "overview",
    pattern:
      /\b(what|which) (skills|areas|topics)( (are there|do you (know|have|cover)|exist|can i (learn|ask about)))\b|\b(list|show)( me)?( all| the| your)* (skills|areas|skill matrix|matrix|topics)\b|\bwhats in the (skill )?matrix\b|\bwhat (is|are) (ml|machine learning|ai|the skill matrix)\b(?! ?(engineer|ops))/,
    weight: 3,
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
  // small-talk: thanks, acknowledgements and greetings get a short friendly reply
  {
    intent: "small-talk",
    pattern:
      /^(thanks?( you| a lot| so much)?|thank u|thx|ty|cheers|ok(ay)?|k|cool|nice|great|awesome|perfect|got it|sounds good|hi|hii|hello|hey|heya|yo|good (morning|afternoon|evening)|morning|gm|👍|🙏|🙌|👋|😊|🙂|❤️)( (there|skillbot|bot|again|a lot|so much))?[ !.?]*$/u,
    weight: 3,
  },
];
