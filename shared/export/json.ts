/**
 * Pretty JSON of an envelope with one list in it ({"@odata.context": …, "value": [ … ]}), built an
 * item at a time so a large export is never one huge string. The pieces join into exactly what
 * JSON.stringify(envelope-with-list, null, 2) writes; the list is the envelope's last member.
 */
export class JsonListWriter {
  readonly parts: string[];
  count = 0;

  constructor(envelope: Readonly<Record<string, unknown>>, private readonly listKey: string) {
    const members = Object.entries(envelope).map(([key, value]) => `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), 2)}`);
    this.parts = [`{\n${[...members, `  ${JSON.stringify(listKey)}: [`].join(',\n')}`];
  }

  add(items: readonly unknown[]): void {
    for (const item of items) {
      this.parts.push(`${this.count === 0 ? '' : ','}\n    ${indent(JSON.stringify(item, null, 2), 4)}`);
      this.count += 1;
    }
  }

  /** Closes the list and the envelope; call once, after the last item. */
  finish(): string[] {
    this.parts.push(this.count === 0 ? ']\n}\n' : '\n  ]\n}\n');
    return this.parts;
  }
}

/** Indents every line but the first (which follows a key on its own line) by the given spaces. */
const indent = (json: string, spaces: number): string => json.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/** A value as pretty JSON, ending in a line break. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
