// The limits Discord enforces on what a bot sends, so a bot that overflows them fails here as it
// would in production (400 Invalid Form Body) instead of passing against a lenient fake.
import type { FieldError } from "./errors.ts";
import { asList, asRecord, asText } from "./json-read.ts";

export type FieldProblem = [path: string, FieldError];

export const Limits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
} as const;

/** Components V2 (flag 1 << 15) lifts the action-row layout rules. */
const IS_COMPONENTS_V2 = 1 << 15;
const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function maxLength(limit: number): FieldError {
  return { code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${limit} or fewer in length.` };
}

function badLength(min: number, max: number): FieldError {
  return { code: "BASE_TYPE_BAD_LENGTH", message: `Must be between ${min} and ${max} in length.` };
}

function embedProblems(embeds: unknown[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  let total = 0;
  embeds.forEach((raw, index) => {
    const embed = asRecord(raw);
    const title = asText(embed.title);
    const description = asText(embed.description);
    const fields = asList(embed.fields);
    total += title.length + description.length + asText(asRecord(embed.footer).text).length;
    total += asText(asRecord(embed.author).name).length;
    for (const field of fields)
      total += asText(asRecord(field).name).length + asText(asRecord(field).value).length;
    const at = `${prefix}embeds.${index}`;
    if (title.length > Limits.embedTitle)
      problems.push([`${at}.title`, maxLength(Limits.embedTitle)]);
    if (description.length > Limits.embedDescription) {
      problems.push([`${at}.description`, maxLength(Limits.embedDescription)]);
    }
    if (fields.length > Limits.embedFields)
      problems.push([`${at}.fields`, maxLength(Limits.embedFields)]);
  });
  if (total > Limits.embedTotal) {
    problems.push([
      `${prefix}embeds`,
      { code: "MAX_EMBED_SIZE_EXCEEDED", message: "Embed size exceeds maximum size of 6000" },
    ]);
  }
  return problems;
}

/** Problems with a message body (create, edit, interaction response or follow-up). */
export function messageProblems(body: unknown, prefix = ""): FieldProblem[] {
  const message = asRecord(body);
  const problems: FieldProblem[] = [];
  if (asText(message.content).length > Limits.content) {
    problems.push([`${prefix}content`, maxLength(Limits.content)]);
  }
  const embeds = asList(message.embeds);
  if (embeds.length > Limits.embeds) problems.push([`${prefix}embeds`, maxLength(Limits.embeds)]);
  problems.push(...embedProblems(embeds, prefix));
  const flags = typeof message.flags === "number" ? message.flags : 0;
  if ((flags & IS_COMPONENTS_V2) === 0) {
    const rows = asList(message.components);
    if (rows.length > Limits.actionRows) {
      problems.push([`${prefix}components`, maxLength(Limits.actionRows)]);
    }
    rows.forEach((row, index) => {
      if (asList(asRecord(row).components).length > Limits.componentsPerRow) {
        problems.push([
          `${prefix}components.${index}.components`,
          maxLength(Limits.componentsPerRow),
        ]);
      }
    });
  }
  return problems;
}

/** Discord refuses a new message with nothing to show (50006), though an edit may be partial. */
export function isEmptyMessage(body: unknown, fileCount: number): boolean {
  const message = asRecord(body);
  return (
    asText(message.content).trim() === "" &&
    asList(message.embeds).length === 0 &&
    asList(message.components).length === 0 &&
    asList(message.sticker_ids).length === 0 &&
    message.poll === undefined &&
    fileCount === 0
  );
}

export function autocompleteProblems(data: unknown): FieldProblem[] {
  const choices = asList(asRecord(data).choices);
  const problems: FieldProblem[] = [];
  if (choices.length > Limits.autocompleteChoices) {
    problems.push(["data.choices", maxLength(Limits.autocompleteChoices)]);
  }
  choices.forEach((choice, index) => {
    const name = asText(asRecord(choice).name);
    if (name.length < 1 || name.length > Limits.choiceName) {
      problems.push([`data.choices.${index}.name`, badLength(1, Limits.choiceName)]);
    }
  });
  return problems;
}

function optionProblems(options: unknown[], at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (options.length > Limits.commandOptions) {
    problems.push([`${at}options`, maxLength(Limits.commandOptions)]);
  }
  let seenOptional = false;
  options.forEach((raw, index) => {
    const option = asRecord(raw);
    const path = `${at}options.${index}`;
    const name = asText(option.name);
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
      problems.push([
        `${path}.name`,
        { code: "APPLICATION_COMMAND_INVALID_NAME", message: "Command name is invalid" },
      ]);
    }
    const description = asText(option.description);
    if (description.length < 1 || description.length > Limits.commandDescription) {
      problems.push([`${path}.description`, badLength(1, Limits.commandDescription)]);
    }
    if (option.required === true && seenOptional) {
      problems.push([
        `${path}.required`,
        {
          code: "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
          message: "Required options must be placed before non-required options",
        },
      ]);
    }
    if (option.required !== true && option.type !== 1 && option.type !== 2) seenOptional = true;
    if (asList(option.choices).length > Limits.autocompleteChoices) {
      problems.push([`${path}.choices`, maxLength(Limits.autocompleteChoices)]);
    }
    problems.push(...optionProblems(asList(option.options), `${path}.`));
  });
  return problems;
}

/** Problems with one command (path prefix e.g. "0." in a bulk overwrite). */
export function commandProblems(body: unknown, at = ""): FieldProblem[] {
  const command = asRecord(body);
  const type = typeof command.type === "number" ? command.type : 1;
  const name = asText(command.name);
  const problems: FieldProblem[] = [];
  const nameIsValid =
    type === 1
      ? COMMAND_NAME.test(name) && name === name.toLowerCase()
      : name.length >= 1 && name.length <= Limits.commandName;
  if (!nameIsValid) {
    problems.push([
      `${at}name`,
      { code: "APPLICATION_COMMAND_INVALID_NAME", message: "Command name is invalid" },
    ]);
  }
  if (type === 1) {
    const description = asText(command.description);
    if (description.length < 1 || description.length > Limits.commandDescription) {
      problems.push([`${at}description`, badLength(1, Limits.commandDescription)]);
    }
    problems.push(...optionProblems(asList(command.options), at));
  }
  return problems;
}

export function bulkCommandProblems(body: unknown): FieldProblem[] {
  const commands = asList(body);
  const problems = commands.flatMap((command, index) => commandProblems(command, `${index}.`));
  const seen = new Set<string>();
  commands.forEach((raw, index) => {
    const command = asRecord(raw);
    const key = `${typeof command.type === "number" ? command.type : 1}:${asText(command.name)}`;
    if (seen.has(key)) {
      problems.push([
        `${index}.name`,
        {
          code: "APPLICATION_COMMANDS_DUPLICATE_NAME",
          message: "Application command names must be unique",
        },
      ]);
    }
    seen.add(key);
  });
  return problems;
}
