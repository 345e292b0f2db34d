import { type Card, createEmptyCard, fsrs, Rating, State } from "ts-fsrs";
import { z } from "zod";
import type { Person } from "../../core/events.ts";
import { keys } from "../../store/keys.ts";
import { type RecordStore, readableEntries, withSalvage } from "../../store/record-store.ts";

const Iso = z.iso.datetime({ offset: true });

/** A ts-fsrs card as stored: dates as ISO strings, everything else as ts-fsrs keeps it. */
const StoredCardSchema = z.object({
  due: Iso,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.enum(State),
  last_review: Iso.optional(),
});
export const DeckSchema = withSalvage(
  z.object({
    cards: z.record(z.string(), StoredCardSchema).default({}),
    /** The person's time zone when they last answered, for when their reminders go out. */
    timezone: z.string().optional(),
  }),
  // A card that cannot be read (one a newer ts-fsrs wrote) leaves the deck: the question comes
  // back when it is missed again. The rest of the deck stays.
  z.looseObject({
    cards: readableEntries(StoredCardSchema).optional(),
    timezone: z.string().optional().catch(undefined),
  }),
);
export type Deck = z.infer<typeof DeckSchema>;
type StoredCard = z.infer<typeof StoredCardSchema>;

const scheduler = fsrs();

const toCard = ({ last_review, due, ...stored }: StoredCard): Card => ({
  ...stored,
  due: new Date(due),
  ...(last_review ? { last_review: new Date(last_review) } : {}),
});
const fromCard = ({ last_review, due, ...card }: Card): StoredCard => ({
  ...card,
  due: due.toISOString(),
  ...(last_review ? { last_review: last_review.toISOString() } : {}),
});

/**
 * The next state of a question's card after an answer: a miss enters (or re-enters) the deck
 * as "Again", a right answer on a card in the deck is "Good". Time is passed in (ts-fsrs style).
 */
export function reviewCard(
  stored: StoredCard | undefined,
  correct: boolean,
  now: Date,
): StoredCard {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  return fromCard(scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card);
}

/** Question ids whose cards are due at `now`, most overdue first. */
export function dueCards(deck: Deck, now: Date): string[] {
  return Object.entries(deck.cards)
    .filter(([, card]) => Date.parse(card.due) <= now.getTime())
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([questionId]) => questionId);
}

/** Each person's spaced-repetition deck of missed questions. */
export class Decks {
  readonly #store: RecordStore;

  constructor(store: RecordStore) {
    this.#store = store;
  }

  async get(person: Person): Promise<Deck> {
    return (await this.#store.get(keys.reviewDeck(person), DeckSchema)) ?? { cards: {} };
  }

  /**
   * Records an answer: misses join the deck; answers to cards already in it move them on. An
   * answer to a question shown (`shownAt`) before the card's last review is one that review
   * already counted (the same card asked for twice, answered twice): it does not move the
   * card again.
   */
  async answered(
    person: Person,
    questionId: string,
    correct: boolean,
    now: Date,
    shownAt: Date = now,
    timezone?: string,
  ): Promise<void> {
    await this.#store.update(keys.reviewDeck(person), DeckSchema, (deck) => {
      const cards = deck?.cards ?? {};
      const existing = cards[questionId];
      if (!existing && correct) return deck;
      if (existing?.last_review && Date.parse(existing.last_review) > shownAt.getTime())
        return deck;
      const zone = timezone ?? deck?.timezone;
      return {
        cards: { ...cards, [questionId]: reviewCard(existing, correct, now) },
        ...(zone ? { timezone: zone } : {}),
      };
    });
  }

  async forget(person: Person): Promise<void> {
    await this.#store.delete(keys.reviewDeck(person));
  }
}
