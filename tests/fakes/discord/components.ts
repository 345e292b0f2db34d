// Component trees as the bot sends them (action rows, labels, buttons, text inputs): finding a
// custom_id in a message, and answering a modal the way Discord does.
import { asList, asRecord } from "./json-read.ts";

export function carriesCustomId(components: unknown, customId: string): boolean {
  if (!Array.isArray(components)) return false;
  return components.some((raw) => {
    const component = asRecord(raw);
    return (
      component.custom_id === customId ||
      carriesCustomId(component.components, customId) ||
      carriesCustomId(component.component ? [component.component] : [], customId)
    );
  });
}

/**
 * Discord answers a modal with its own layout: action rows, or labels (type 18) around inputs.
 * `fields` gives each input's answer by custom_id: text, the picked select option, or radio value.
 */
export function submittedComponents(modal: unknown, fields: Record<string, string>): unknown[] {
  let nextId = 1;
  const input = (component: Record<string, unknown>) => {
    const customId = String(component.custom_id ?? "");
    const id = typeof component.id === "number" ? component.id : nextId++;
    const given = fields[customId];
    if (component.type === 4) return { type: 4, id, custom_id: customId, value: given ?? "" };
    // Radio groups answer with one value (null when nothing was picked), selects with a list.
    if (component.type === 21) return { type: 21, id, custom_id: customId, value: given ?? null };
    return {
      type: component.type,
      id,
      custom_id: customId,
      values: given === undefined ? [] : [given],
    };
  };
  const layout = asList(asRecord(modal).components);
  if (layout.length === 0) {
    return Object.keys(fields).map((customId) => ({
      type: 1,
      id: nextId++,
      components: [input({ type: 4, custom_id: customId })],
    }));
  }
  return layout.map((raw) => {
    const top = asRecord(raw);
    const id = typeof top.id === "number" ? top.id : nextId++;
    if (top.type === 18) return { type: 18, id, component: input(asRecord(top.component)) };
    if (top.type === 1) {
      return { type: 1, id, components: asList(top.components).map(asRecord).map(input) };
    }
    return { type: top.type, id };
  });
}
