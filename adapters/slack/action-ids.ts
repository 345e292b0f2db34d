import { ACTION_IDS, ACTIONS } from "../../src/core/actions.ts";

/**
 * Slack requires every action_id in a block to be unique, but four quiz options share one
 * action. Each button gets `<action>#<position>`; the suffix is dropped on the way back in.
 */
export function actionIdFor(action: string, position: number): string {
  return `${action}#${position}`;
}

/** The core action an incoming action_id names, or undefined for ids we never sent. */
export function actionFrom(actionId: string): string | undefined {
  const action = actionId.replace(/#\d+$/, "");
  return ACTION_IDS.has(action) ? action : undefined;
}

/** Matches every action_id this adapter puts on a button, for `app.action`. */
export const ACTION_ID_PATTERN = /^[a-z]+\.[a-z]+(#\d+)?$/;

/**
 * Buttons that answer the question they are on ("Delete my data?", "Set SQL to 3? [Save]"):
 * once one is pressed, the message is done, and an old one pressed again weeks later would
 * undo what happened since. Quiz options are not among them: a channel's question stays up.
 */
const ANSWERS_ITS_MESSAGE: ReadonlySet<string> = new Set([
  ACTIONS.rateSet,
  ACTIONS.trackSet,
  ACTIONS.mentorSet,
  ACTIONS.forgetConfirm,
  ACTIONS.forgetCancel,
]);

export const answersItsMessage = (actionId: string): boolean => {
  const action = actionFrom(actionId);
  return action !== undefined && ANSWERS_ITS_MESSAGE.has(action);
};
