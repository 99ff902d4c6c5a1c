// Readers for the container files, for tests/docker.test.ts (there is no Docker daemon in CI):
// a Dockerfile parser (instructions, continuation lines, stages) and a reader for the small YAML
// subset compose.yaml uses (block maps, block lists of scalars, JSON-style flow lists, quoted and
// plain scalars, comments). Anything else in the YAML is an error, so the test never reads a
// file it does not understand.

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  from: string;
  name: string | null;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): { stages: Stage[]; preamble: Instruction[] } {
  const instructions: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      i += 1;
      const next = lines[i]!;
      if (/^\s*#/.test(next)) continue;
      line = `${line.replace(/\\\s*$/, '')} ${next.trim()}`;
    }
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`Dockerfile line ${start + 1}: not an instruction: ${line}`);
    instructions.push({ keyword: m[1]!.toUpperCase(), args: m[2]!.trim().replace(/\s+/g, ' '), line: start + 1 });
  }
  const stages: Stage[] = [];
  const preamble: Instruction[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const m = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args);
      if (!m) throw new Error(`Dockerfile line ${ins.line}: cannot read FROM ${ins.args}`);
      stages.push({ from: m[1]!, name: m[2] ?? null, instructions: [] });
    } else if (stages.length === 0) preamble.push(ins);
    else stages[stages.length - 1]!.instructions.push(ins);
  }
  return { stages, preamble };
}

/** The exec form (a JSON array) of CMD, HEALTHCHECK … CMD, ENTRYPOINT. */
export function execForm(args: string): string[] {
  const json = args.slice(args.indexOf('['));
  const parsed = JSON.parse(json) as unknown;
  if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string')) throw new Error(`not an exec form: ${args}`);
  return parsed;
}

/** ENV in either form: `ENV A=1 B=2` or `ENV A 1`. */
export function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const ins of stage.instructions.filter((i) => i.keyword === 'ENV')) {
    if (!ins.args.includes('=')) {
      const [k, ...v] = ins.args.split(' ');
      env[k!] = v.join(' ');
      continue;
    }
    for (const m of ins.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) env[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  }
  return env;
}

export type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

function scalar(raw: string, where: string): Yaml {
  const v = raw.trim();
  if (v.startsWith('[')) return JSON.parse(v) as Yaml;
  if (v.startsWith('"')) return JSON.parse(v) as string;
  if (v.startsWith("'")) {
    if (!v.endsWith("'")) throw new Error(`${where}: unterminated quote`);
    return v.slice(1, -1).replace(/''/g, "'");
  }
  if (/^[{&*!|>]/.test(v)) throw new Error(`${where}: YAML feature not supported by this reader: ${v}`);
  if (v === '' || v === 'null' || v === '~') return null;
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v;
}

/** Removes a comment that starts outside quotes. */
function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

export function parseYamlSubset(text: string): Yaml {
  const lines = text
    .split('\n')
    .map((raw, i) => ({ text: stripComment(raw), n: i + 1 }))
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ indent: /^ */.exec(l.text)![0].length, body: l.text.trim(), n: l.n }));
  if (lines.some((l) => l.body.includes('\t'))) throw new Error('tabs are not supported');
  let pos = 0;
  const block = (indent: number): Yaml => {
    const first = lines[pos];
    if (!first || first.indent < indent) return null;
    if (first.body.startsWith('- ') || first.body === '-') {
      const list: Yaml[] = [];
      while (pos < lines.length && lines[pos]!.indent === first.indent && lines[pos]!.body.startsWith('-')) {
        const item = lines[pos]!;
        const rest = item.body.slice(1).trim();
        if (rest === '' || /^[^"'[]*:(\s|$)/.test(rest)) throw new Error(`line ${item.n}: only lists of scalars are supported`);
        list.push(scalar(rest, `line ${item.n}`));
        pos += 1;
      }
      return list;
    }
    const map: Record<string, Yaml> = {};
    while (pos < lines.length && lines[pos]!.indent === first.indent) {
      const line = lines[pos]!;
      const m = /^("[^"]+"|[^\s:"'][^:]*?):(?:\s+(.*))?$/.exec(line.body);
      if (!m) throw new Error(`line ${line.n}: not a "key: value" line: ${line.body}`);
      const key = m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : m[1]!;
      if (key in map) throw new Error(`line ${line.n}: duplicate key ${key}`);
      pos += 1;
      if (m[2] !== undefined && m[2] !== '') map[key] = scalar(m[2], `line ${line.n}`);
      else {
        const next = lines[pos];
        // A block list may sit at the key's own indentation.
        if (next && (next.indent > line.indent || (next.indent === line.indent && next.body.startsWith('-')))) map[key] = block(next.indent);
        else map[key] = null;
      }
    }
    if (pos < lines.length && lines[pos]!.indent > first.indent) throw new Error(`line ${lines[pos]!.n}: unexpected indentation`);
    return map;
  };
  const doc = block(0);
  if (pos < lines.length) throw new Error(`line ${lines[pos]!.n}: not read`);
  return doc;
}
