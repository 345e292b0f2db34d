/**
 * Stable ids for every button and form. Adapters put them in platform payloads (Slack
 * action_id / callback_id, Discord custom_id) and hand them back unchanged, so they must never
 * be renamed once shipped: a message posted yesterday still carries yesterday's ids.
 */
export const ACTIONS = {
  quizAnswer: "quiz.answer",
  quizNext: "quiz.next",
  rateOpen: "rate.open",
  rateSet: "rate.set",
  explainSkill: "skill.explain",
  pathShow: "path.show",
  forgetConfirm: "forget.confirm",
  forgetCancel: "forget.cancel",
  reviewStart: "review.start",
  trackSet: "track.set",
  mentorSet: "mentor.set",
} as const;
export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];
export const ACTION_IDS: ReadonlySet<string> = new Set(Object.values(ACTIONS));

export const FORMS = {
  rate: "rate.form",
} as const;
export type FormId = (typeof FORMS)[keyof typeof FORMS];
export const FORM_IDS: ReadonlySet<string> = new Set(Object.values(FORMS));

/** The button that asks for each form again (a press can open a form where a message cannot). */
export const FORM_OPENERS: Readonly<Record<FormId, ActionId>> = { [FORMS.rate]: ACTIONS.rateOpen };
