// A fake model that does its job whatever a question asks: it answers with the first skill of
// the matrix excerpt it was given, in that skill's own words, and cites it. Beside the obedient
// model, it shows grounding refuses what a model says, never what a person asked.
import type { ChatCompletionRequest, CompletionHandler } from "../fakes/openai/index.ts";

export function dutifulModel(): CompletionHandler {
  return (request: ChatCompletionRequest) => {
    const content = request.messages.find((m) => m.role === "user")?.content;
    const [json = "{}"] = (typeof content === "string" ? content : "").split("\n");
    const excerpt = JSON.parse(json) as {
      matrix?: { id: string; name: string; summary: string }[];
    };
    const first = excerpt.matrix?.[0];
    return first
      ? { answer: `${first.name}: ${first.summary}`, skillIds: [first.id], resources: [] }
      : { answer: "", skillIds: [], resources: [] };
  };
}
