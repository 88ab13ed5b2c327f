import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { Outlet } from 'react-router';
import { clearDraft, emptyDraft, loadDraft, saveDraft, type ReferralDraft } from './referral-draft';

interface ReferralDraftContextValue {
  draft: ReferralDraft;
  /** Merges a page's answers into the draft and keeps it in sessionStorage. */
  update: (changes: Partial<ReferralDraft>) => void;
  /** Forgets the draft, after submitting. */
  reset: () => void;
}

const ReferralDraftContext = createContext<ReferralDraftContextValue | null>(null);

/** Layout route of the referral form: one draft shared by its pages, surviving a reload. */
export function ReferralDraftProvider() {
  const [draft, setDraft] = useState(loadDraft);

  const update = useCallback((changes: Partial<ReferralDraft>) => {
    setDraft((current) => {
      const next = { ...current, ...changes };
      saveDraft(next);
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    clearDraft();
    setDraft(emptyDraft());
  }, []);

  const value = useMemo(() => ({ draft, update, reset }), [draft, update, reset]);
  return (
    <ReferralDraftContext.Provider value={value}>
      <Outlet />
    </ReferralDraftContext.Provider>
  );
}

export function useReferralDraft(): ReferralDraftContextValue {
  const value = useContext(ReferralDraftContext);
  if (!value) throw new Error('useReferralDraft is only available inside <ReferralDraftProvider>');
  return value;
}
