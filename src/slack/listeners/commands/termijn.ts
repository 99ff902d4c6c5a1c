import { parseItemId } from '../../../cli/db.ts';
import { explainDate } from '../../../domain/dates/explain-date.ts';
import { parseTermInput } from '../../../domain/dates/parse-term-input.ts';
import { updateItem } from '../../../store/items.queries.ts';
import { checkChange } from '../../item-changes.ts';
import { T } from '../../texts.nl.ts';
import type { SubcommandHandler } from './index.ts';

/** `/motie termijn <id> <Dutch expression>` */
export const termijnCommand: SubcommandHandler = ({ deps, command, args, today }) => {
  const [rawId = '', ...words] = args.split(/\s+/);
  const id = parseItemId(rawId);
  const expression = words.join(' ').trim();
  if (id === null || !expression) return { text: T.termMissing };
  const permission = checkChange(deps, id, command.user_id, command.channel_id);
  if (!permission.ok) return { text: permission.text };
  const parsed = parseTermInput(expression, today, deps.calendar);
  if (!parsed.ok) return { text: T.termUnreadable(parsed.message) };
  const e = parsed.expression;
  updateItem(
    deps.db,
    id,
    { deadline: { earliest: e.earliest, deadline: e.deadline, text: e.text, basis: e.basis, soft: e.soft, source: 'person' } },
    command.user_id,
    deps.now().getTime(),
    { via: 'slash', channel: command.channel_id },
  );
  return { text: T.termSet(id, explainDate(e)) };
};
