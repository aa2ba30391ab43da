/** A button that copies text to the clipboard and says in words whether it worked. */
import { useState } from 'preact/hooks';
import { text } from '../../overlay/labels';

export function CopyButton({ label, value }: { label: string; value: () => string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onClick = () => {
    navigator.clipboard.writeText(value()).then(
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
