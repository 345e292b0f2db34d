// Application command registration, global and per guild, kept in memory across registrations:
// like Discord, a bulk overwrite keeps the id of a command whose (type, name) stays, and bumps
// its `version` only when its definition changed, so a test can diff two registrations.
import type { APIApplicationCommand } from "discord.js";
import { DiscordErrorCode, errorReply, invalidFormBody, type RestReply } from "./errors.ts";
import { asRecord } from "./json-read.ts";
import { json, noContent, type Route, type RouteRequest } from "./router.ts";
import { bulkCommandProblems, commandProblems } from "./validation.ts";
import type { World } from "./world.ts";

export const GLOBAL_SCOPE = "global";

function definitionOf(command: APIApplicationCommand): string {
  const { id: _id, version: _version, ...definition } = command;
  return JSON.stringify(definition);
}

function commandObject(
  world: World,
  body: unknown,
  guildId: string | null,
  existing: APIApplicationCommand | undefined,
): APIApplicationCommand {
  const fields = asRecord(body);
  const type = typeof fields.type === "number" ? fields.type : 1;
  const optional = (key: string) => (fields[key] === undefined ? {} : { [key]: fields[key] });
  const command = {
    id: existing?.id ?? world.nextId(),
    application_id: world.application.id,
    version: "",
    type,
    name: String(fields.name ?? ""),
    description: type === 1 ? String(fields.description ?? "") : "",
    default_member_permissions:
      typeof fields.default_member_permissions === "string"
        ? fields.default_member_permissions
        : null,
    nsfw: fields.nsfw === true,
    ...(guildId ? { guild_id: guildId } : {}),
    ...optional("options"),
    ...optional("name_localizations"),
    ...optional("description_localizations"),
    ...optional("contexts"),
    ...optional("integration_types"),
  } as APIApplicationCommand;
  const unchanged =
    existing && definitionOf({ ...existing, version: "" }) === definitionOf(command);
  return { ...command, version: unchanged ? existing.version : world.nextId() };
}

/** The scope key for a request, or the error Discord gives for someone else's app or guild. */
function scopeOf(world: World, request: RouteRequest): string | RestReply {
  const { applicationId, guildId } = request.params;
  const missingAccess = () => errorReply(403, DiscordErrorCode.MissingAccess, "Missing Access");
  if (applicationId !== world.application.id) return missingAccess();
  if (guildId === undefined) return GLOBAL_SCOPE;
  return world.guilds.some((guild) => guild.id === guildId) ? guildId : missingAccess();
}

function scopedRoutes(world: World, base: string): Route[] {
  const list = (scope: string) => world.commands.get(scope) ?? [];
  const guildIdOf = (scope: string) => (scope === GLOBAL_SCOPE ? null : scope);
  const unknownCommand = () =>
    errorReply(404, DiscordErrorCode.UnknownApplicationCommand, "Unknown application command");
  const withScope =
    (handle: (scope: string, request: RouteRequest) => RestReply) => (request: RouteRequest) => {
      const scope = scopeOf(world, request);
      return typeof scope === "string" ? handle(scope, request) : scope;
    };

  return [
    {
      method: "GET",
      pattern: base,
      auth: true,
      handle: withScope((scope) => json(list(scope))),
    },
    {
      method: "PUT",
      pattern: base,
      auth: true,
      handle: withScope((scope, { body }) => {
        if (!Array.isArray(body))
          return invalidFormBody([
            ["_root", { code: "BASE_TYPE_ARRAY", message: "Must be an array." }],
          ]);
        const problems = bulkCommandProblems(body);
        if (problems.length > 0) return invalidFormBody(problems);
        const before = list(scope);
        const after = body.map((entry) => {
          const fields = asRecord(entry);
          const type = typeof fields.type === "number" ? fields.type : 1;
          const existing = before.find((old) => old.name === fields.name && old.type === type);
          return commandObject(world, entry, guildIdOf(scope), existing);
        });
        world.commands.set(scope, after);
        return json(after);
      }),
    },
    {
      method: "POST",
      pattern: base,
      auth: true,
      // Creating a command whose name exists overwrites it (200) instead of adding one (201).
      handle: withScope((scope, { body }) => {
        const problems = commandProblems(body);
        if (problems.length > 0) return invalidFormBody(problems);
        const fields = asRecord(body);
        const type = typeof fields.type === "number" ? fields.type : 1;
        const before = list(scope);
        const existing = before.find((old) => old.name === fields.name && old.type === type);
        const command = commandObject(world, body, guildIdOf(scope), existing);
        const others = before.filter((old) => old.id !== command.id);
        world.commands.set(scope, [...others, command]);
        return json(command, existing ? 200 : 201);
      }),
    },
    {
      method: "GET",
      pattern: `${base}/:commandId`,
      auth: true,
      handle: withScope((scope, { params }) => {
        const command = list(scope).find((candidate) => candidate.id === params.commandId);
        return command ? json(command) : unknownCommand();
      }),
    },
    {
      method: "PATCH",
      pattern: `${base}/:commandId`,
      auth: true,
      handle: withScope((scope, { params, body }) => {
        const existing = list(scope).find((candidate) => candidate.id === params.commandId);
        if (!existing) return unknownCommand();
        const merged = { ...existing, ...asRecord(body) };
        const problems = commandProblems(merged);
        if (problems.length > 0) return invalidFormBody(problems);
        const command = commandObject(world, merged, guildIdOf(scope), existing);
        world.commands.set(
          scope,
          list(scope).map((old) => (old.id === command.id ? command : old)),
        );
        return json(command);
      }),
    },
    {
      method: "DELETE",
      pattern: `${base}/:commandId`,
      auth: true,
      handle: withScope((scope, { params }) => {
        const before = list(scope);
        if (!before.some((candidate) => candidate.id === params.commandId)) return unknownCommand();
        world.commands.set(
          scope,
          before.filter((old) => old.id !== params.commandId),
        );
        return noContent();
      }),
    },
  ];
}

export function commandRoutes(world: World): Route[] {
  return [
    ...scopedRoutes(world, "/applications/:applicationId/commands"),
    ...scopedRoutes(world, "/applications/:applicationId/guilds/:guildId/commands"),
  ];
}
