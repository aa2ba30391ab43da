/** The current view from the URL hash; links are plain `<a href="#/...">`, so back/forward work. */
import { useEffect, useState } from 'preact/hooks';
import { parseView, type View } from '../../messaging/views';

export function useView(): View {
  const [view, setView] = useState(() => parseView(location.hash));
  useEffect(() => {
    const onHash = () => {
      setView(parseView(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return view;
}
