import { commandFromText } from "../../src/core/command-text.ts";
import type { IncomingEvent, Person } from "../../src/core/events.ts";
import type { FormField, FormOption, FormRequest } from "../../src/core/reply.ts";
import type { MatrixIndex } from "../../src/knowledge/matrix-index.ts";
import { CONSOLE_TEXT } from "./messages.ts";
import { CONSOLE_WHERE } from "./parse.ts";
import { terminalSafe } from "./terminal-text.ts";

/** How a form asked line by line ended. */
export type FilledForm =
  | { kind: "submitted"; event: IncomingEvent }
  /** The person left it (an empty line, "cancel"): nothing is sent. */
  | { kind: "left" }
  /** A line that was no answer (a question, a command): the chat takes it as a message. */
  | { kind: "instead"; line: string }
  /** Input ended mid-form. */
  | { kind: "ended" };

export type FormIo = {
  out(text: string): void;
  nextLine(prompt: string): Promise<string | undefined>;
};

/** Typed at a form's prompt, these leave the form; at the chat's own prompt, quit ends the chat. */
const LEAVE_WORDS = new Set(["", "cancel", "q", "quit", "exit", "stop"]);

/** Starts a sentence that asks something: "what is docker", "how do I…". */
const QUESTION_START =
  /^(?:what|whats|what's|how|why|who|which|where|when|can|could|should|would|do|does|is|are)\s+\S/i;

/**
 * Asks for each field in turn; a preset field is shown, not asked. Labels come from the matrix.
 * Every answer may instead leave the form, so a person is never stuck in it.
 */
export async function fillForm(
  form: FormRequest,
  person: Person,
  io: FormIo,
  names: MatrixIndex,
): Promise<FilledForm> {
  const values: Record<string, string> = {};
  let told = false;
  for (const field of form.fields) {
    if (field.initial !== undefined) {
      values[field.id] = field.initial;
      continue;
    }
    if (!told) io.out(CONSOLE_TEXT.formHowToLeave);
    told = true;
    const answer = await io.nextLine(promptFor(field));
    if (answer === undefined) return { kind: "ended" };
    const said = answer.trim();
    if (LEAVE_WORDS.has(said.toLowerCase())) return { kind: "left" };
    if (!isOption(field, said) && isNoAnswer(said, names)) return { kind: "instead", line: said };
    values[field.id] = said;
  }
  return {
    kind: "submitted",
    event: {
      type: "form",
      person,
      where: CONSOLE_WHERE,
      form: form.id,
      values,
      ...(form.context ? { context: form.context } : {}),
    },
  };
}

function promptFor(field: FormField): string {
  const label = terminalSafe(field.label);
  const numbered = field.kind === "radio" && field.options.length <= 10;
  const option = (o: FormOption) =>
    terminalSafe(`  ${o.value}  ${o.label}${o.description ? ` — ${o.description}` : ""}`);
  return numbered
    ? `${label}:\n${field.options.map(option).join("\n")}\n${label}>`
    : `${label} (type a name)>`;
}

/** One of the field's choices, by value or by name ("3", "Python"). */
function isOption(field: FormField, said: string): boolean {
  const typed = said.toLowerCase();
  return field.options.some(
    (o) => o.value.toLowerCase() === typed || o.label.toLowerCase() === typed,
  );
}

/**
 * Plainly meant for the chat, not the form: a question ("what is docker") or a command
 * ("profile", "help"). Anything else is an answer, and the bot says if it is a wrong one.
 */
function isNoAnswer(said: string, names: MatrixIndex): boolean {
  if (said.endsWith("?") || QUESTION_START.test(said)) return true;
  return commandFromText(said, names).name !== "ask";
}
