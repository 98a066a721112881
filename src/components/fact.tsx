import type { Fact } from '../data/types';
import { Cite } from './citations';
import { Gated } from './gated';

/** One cited sentence, hidden behind the spoiler shield when it gives the story away. */
export function FactText({
  fact,
  as = 'p',
  className,
}: {
  fact: Fact;
  as?: 'p' | 'li' | 'div' | 'span';
  className?: string;
}) {
  return (
    <Gated reveal={fact.reveal} as={as} {...(className ? { className } : {})}>
      {fact.text}
      <Cite ids={fact.sources} />
    </Gated>
  );
}
