import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * On arriving at a form page from an error link elsewhere (`/page#field-id`), focus that field.
 * Deferred a frame so it lands after the layout moves focus to the main landmark on navigation.
 */
export function useFocusHash(): void {
  const { hash, pathname } = useLocation();
  useEffect(() => {
    if (!hash) return undefined;
    const frame = requestAnimationFrame(() => {
      const field = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!field) return;
      const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`);
      (label ?? field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [hash, pathname]);
}
