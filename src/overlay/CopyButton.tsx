/** A button that copies to the clipboard and says in words whether it worked. */
import { useState } from 'preact/hooks';
import { text } from './labels';

export function CopyButton({ label, copy }: { label: string; copy: () => Promise<void> }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onClick = () => {
    copy().then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <>
      <button type="button" class="linkish" onClick={onClick}>
        {label}
      </button>
      <span class="copied" role="status">
        {state === 'copied' ? text.copied : state === 'failed' ? text.copyFailed : ''}
      </span>
    </>
  );
}
