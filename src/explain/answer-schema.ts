import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

/**
 * What the model must answer, validated by the SDK's `parse` against this schema. Fields are all
 * required (structured outputs reject optional ones) and loose on purpose: a resource that is not
 * a URL or an unknown skill id is dropped by grounding, not a reason to lose the whole answer.
 */
export const ModelAnswerSchema = z.object({
  answer: z.string().describe("The explanation in plain text, no URLs, no mentions."),
  skillIds: z.array(z.string()).describe("Ids of the excerpt skills the answer relies on."),
  resources: z.array(z.string()).describe("Exact URLs of excerpt resources worth reading next."),
});
export type ModelAnswer = z.infer<typeof ModelAnswerSchema>;

export const MODEL_ANSWER_FORMAT = zodResponseFormat(ModelAnswerSchema, "skill_explanation");
