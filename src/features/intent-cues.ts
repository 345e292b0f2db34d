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
    pattern: /\bwhat (should|do|must) i (learn|study|focus on|read|do)\b/,
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
      /\b(quiz|test (me|my|myself)|ask me (something|a question|anything)|hit me with|challenge me|trivia|drill me)\b/,
    weight: 2.5,
  },
  {
    intent: "quiz",
    pattern:
      /\b(a|one|another|random) (hard |easy |tricky )?questions? (on|about|for|in)\b|\b(practice|practise)\b/,
    weight: 1.2,
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
  { intent: "rate", pattern: /\b(rate|rating)\b/, weight: 0.6 },
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
  // help
  {
    intent: "help",
    pattern:
      /\b(what can you do|how (do|can) i use (this|you|skillbot|the bot)|what commands|list of commands|commands are there|what is skillbot|whats skillbot|skillbot for|what (kind of|sort of)? ?(stuff|things) can i ask|what can i ask|how does this (thing|bot) work|what do you do)\b/,
    weight: 3,
  },
  { intent: "help", pattern: /^\s*(help|hi|hello|hey|commands|usage|\?)\s*[!?.]*\s*$/, weight: 3 },
  { intent: "help", pattern: /\b(help|this bot|you)\b/, weight: 0.4 },
];
