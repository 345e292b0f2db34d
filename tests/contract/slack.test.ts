import { pingsIn, type RecordedCall } from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "../slack/harness.ts";
import { blocksText, buttonsIn } from "../slack/seen.ts";
import { adapterContract, type ContractHarness, type Seen } from "./adapter-contract.ts";

/** What the person sees in an answer posted to a response_url. */
function seenFrom(h: SlackHarness, user: string, answer: RecordedCall): Seen {
  return {
    text: blocksText(answer.body.blocks),
    private: answer.body.response_type !== "in_channel",
    buttons: buttonsIn(answer.body.blocks).map((button) => ({
      label: button.label,
      press: async () => {
        const { responseUrl } = await h.press({
          actionId: button.actionId,
          value: button.value,
          userId: user,
        });
        if (!responseUrl) throw new Error("a message button always has a response_url");
        return seenFrom(h, user, await h.answerAt(responseUrl));
      },
    })),
  };
}

adapterContract("slack", async (): Promise<ContractHarness> => {
  const h = await openSlack();
  return {
    say: async (user, text) => {
      const { responseUrl } = await h.slash(text, { user });
      return seenFrom(h, user, await h.answerAt(responseUrl));
    },
    pings: () => pingsIn(h.fake.calls),
    close: () => h.close(),
  };
});
