import { z } from "zod";

/**
 * Ids ride inside button ids, and Discord drops a button whose custom_id passes 100 characters.
 * The longest Skillbot builds are a repeated button sent by DM for a server,
 * `path.show|skill:<id>|99|@<20-digit guild>` (41 + id), and the rating form's
 * `rate.form||skill=<id>|@<guild>` (39 + id); 50 leaves room for a new action.
 */
export const MAX_ID_LENGTH = 50;

/** Ids are kebab-case so they read well in commands, URLs and store keys. */
export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "must be kebab-case: lowercase letters, digits, single dashes",
  )
  .max(
    MAX_ID_LENGTH,
    `must be at most ${MAX_ID_LENGTH} characters (ids travel inside chat buttons)`,
  );

const Text = z.string().trim().min(1, "must not be empty");

/** 0 means "none"; 1–4 are the rubric levels. */
export const LevelSchema = z.int().min(0).max(4);
export const RubricLevelSchema = z.int().min(1).max(4);
export const RUBRIC_LEVELS = [1, 2, 3, 4] as const;
export const LEVEL_WORDS = ["none", "aware", "working", "practitioner", "expert"] as const;

export const AliasSchema = z.string().trim().min(1, "must not be empty").max(60);

export const AreaSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  summary: Text,
  aliases: z.array(AliasSchema).default([]),
});

export const ResourceSchema = z.strictObject({
  title: Text,
  url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
  kind: z.enum(["docs", "book", "course", "tutorial", "article", "video"]),
});

export const RubricSchema = z.strictObject({
  1: Text,
  2: Text,
  3: Text,
  4: Text,
});

export const SkillSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  areaId: IdSchema,
  aliases: z.array(AliasSchema).default([]),
  summary: Text,
  why: Text.optional(),
  rubric: RubricSchema,
  prerequisites: z.array(IdSchema).default([]),
  resources: z.array(ResourceSchema).max(3, "at most 3 resources").default([]),
});

export const TrackSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  summary: Text.optional(),
  aliases: z.array(AliasSchema).default([]),
  targets: z.record(IdSchema, RubricLevelSchema),
});

export const QuestionSchema = z
  .strictObject({
    id: IdSchema,
    skillId: IdSchema,
    difficulty: RubricLevelSchema,
    prompt: Text,
    options: z.array(Text).min(3, "needs 3 to 5 options").max(5, "needs 3 to 5 options"),
    answer: z.int().min(0),
    explanation: Text,
  })
  .superRefine((question, ctx) => {
    if (question.answer >= question.options.length) {
      ctx.addIssue({
        code: "custom",
        path: ["answer"],
        message: `answer index ${question.answer} is out of range (options 0–${question.options.length - 1})`,
      });
    }
    const seen = new Map<string, number>();
    question.options.forEach((option, index) => {
      const normalised = option.trim().toLowerCase();
      const first = seen.get(normalised);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["options", index],
          message: `duplicate option "${option}" (same as option ${first})`,
        });
      } else seen.set(normalised, index);
    });
  });

/** `matrix.yaml`: the matrix itself and its areas, in display order. */
export const MatrixFileSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  summary: Text.optional(),
  defaultTrack: IdSchema.optional(),
  areas: z.array(AreaSchema).min(1, "needs at least one area"),
});
export const SkillsFileSchema = z.strictObject({ skills: z.array(SkillSchema) });
export const TracksFileSchema = z.strictObject({ tracks: z.array(TrackSchema) });
export const QuestionsFileSchema = z.strictObject({ questions: z.array(QuestionSchema) });

export type Area = z.infer<typeof AreaSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type Rubric = z.infer<typeof RubricSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type Track = z.infer<typeof TrackSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type RubricLevel = z.infer<typeof RubricLevelSchema>;

/** The whole matrix as plain data: what loading produces and `kb export --json` prints. */
export type MatrixData = {
  id: string;
  name: string;
  summary?: string;
  defaultTrack?: string;
  areas: Area[];
  skills: Skill[];
  tracks: Track[];
  questions: Question[];
};
