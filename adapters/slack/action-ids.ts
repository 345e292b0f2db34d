import { ACTION_IDS } from "../../src/core/actions.ts";

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
