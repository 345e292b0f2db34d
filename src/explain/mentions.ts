/**
 * Mentions neutralised in model prose: no `<!channel>`, `<@U…>`, `<#C…>` or `<@&role>` syntax
 * survives, and every `@` becomes a full-width `＠`, so `@everyone`, `@here` and `@alice` are
 * read, never pinged, on any platform whatever its escaping does.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/<(?=[!@#])/g, "‹").replace(/@/g, "＠");
}
